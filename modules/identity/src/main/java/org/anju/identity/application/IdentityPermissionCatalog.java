package org.anju.identity.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.identity.api.IdentityPermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The permissions staff administration checks, offered to operators and authorities alike. */
@ApplicationScoped
public class IdentityPermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> ORGS = Set.of(OrganizationKind.OPERATOR, OrganizationKind.AUTHORITY);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(IdentityPermissions.USER_READ, "user", ORGS, "查看用户", "View users"),
                new PermissionDescriptor(IdentityPermissions.USER_CREATE, "user", ORGS, "新建用户", "Create users"),
                new PermissionDescriptor(IdentityPermissions.USER_UPDATE, "user", ORGS, "编辑用户与分配角色", "Edit users and assign roles"),
                new PermissionDescriptor(IdentityPermissions.USER_DISABLE, "user", ORGS, "停用与启用用户", "Disable and enable users"),
                new PermissionDescriptor(IdentityPermissions.USER_RESET_PASSWORD, "user", ORGS, "重置用户密码", "Reset passwords"),
                new PermissionDescriptor(IdentityPermissions.ROLE_READ, "role", ORGS, "查看角色", "View roles"),
                new PermissionDescriptor(IdentityPermissions.ROLE_WRITE, "role", ORGS, "管理角色与权限", "Manage roles and permissions"),
                new PermissionDescriptor(IdentityPermissions.RESIDENT_PORTAL, "resident", Set.of(OrganizationKind.OPERATOR),
                        "使用居民端", "Use the resident portal"));
    }
}
