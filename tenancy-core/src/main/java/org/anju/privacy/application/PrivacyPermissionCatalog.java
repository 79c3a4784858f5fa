package org.anju.privacy.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.privacy.api.PrivacyPermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** Personal-data permissions, for operators. */
@ApplicationScoped
public class PrivacyPermissionCatalog implements PermissionContributor {

    @Override
    public List<PermissionDescriptor> permissions() {
        Set<OrganizationKind> op = Set.of(OrganizationKind.OPERATOR);
        return List.of(
                new PermissionDescriptor(PrivacyPermissions.READ, "pii", op, "查看个人信息明文（留痕）", "See personal data in clear (logged)"),
                new PermissionDescriptor(PrivacyPermissions.AUDIT, "pii", op, "查看个人信息访问记录", "Read the personal-data access log"),
                new PermissionDescriptor(PrivacyPermissions.ADMIN, "pii", op, "轮换个人信息密钥", "Rotate the personal-data key"));
    }
}
