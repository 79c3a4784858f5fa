package org.anju.tenancy.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** Permissions over one's own organization profile. */
@ApplicationScoped
public class TenancyPermissions implements PermissionContributor {

    public static final String ORGANIZATION_READ = "organization:read";

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(new PermissionDescriptor(ORGANIZATION_READ, "organization",
                Set.of(OrganizationKind.OPERATOR, OrganizationKind.AUTHORITY), "查看本单位信息", "View own organization"));
    }
}
