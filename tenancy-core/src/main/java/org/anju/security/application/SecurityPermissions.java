package org.anju.security.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** Permissions of the platform console (granted to platform admins only, as {@code platform:*}). */
@ApplicationScoped
public class SecurityPermissions implements PermissionContributor {

    public static final String ORGANIZATION_READ = "platform:organization:read";
    public static final String ORGANIZATION_CREATE = "platform:organization:create";
    public static final String ORGANIZATION_SUSPEND = "platform:organization:suspend";
    public static final String ORGANIZATION_BRAND = "platform:organization:brand";
    public static final String ORGANIZATION_MIGRATE = "platform:organization:migrate";

    @Override
    public List<PermissionDescriptor> permissions() {
        Set<OrganizationKind> platform = Set.of(OrganizationKind.PLATFORM);
        return List.of(
                new PermissionDescriptor(ORGANIZATION_READ, "platform", platform, "查看单位", "View organizations"),
                new PermissionDescriptor(ORGANIZATION_CREATE, "platform", platform, "开通单位", "Provision organizations"),
                new PermissionDescriptor(ORGANIZATION_SUSPEND, "platform", platform, "暂停与恢复单位", "Suspend and resume organizations"),
                new PermissionDescriptor(ORGANIZATION_BRAND, "platform", platform, "设置单位品牌", "Brand organizations"),
                new PermissionDescriptor(ORGANIZATION_MIGRATE, "platform", platform, "升级单位数据库", "Migrate organization schemas"));
    }
}
