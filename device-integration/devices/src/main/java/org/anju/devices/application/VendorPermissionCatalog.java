package org.anju.devices.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/**
 * Permissions around device vendors: the platform console's ({@code platform:vendor:*}, platform admins hold
 * {@code platform:*}) and the operator's ({@code vendor:*}, the built-in {@code org_admin} role holds it).
 * {@link #CALL} is not in the catalogue on purpose: no role can grant it; only a request with a valid vendor signature
 * carries it.
 */
@ApplicationScoped
public class VendorPermissionCatalog implements PermissionContributor {

    /** See vendors, their keys (never secrets) and where they are authorised. */
    public static final String PLATFORM_READ = "platform:vendor:read";
    /** Create and edit vendors, suspend and resume them. */
    public static final String PLATFORM_WRITE = "platform:vendor:write";
    /** Issue, rotate and revoke vendor API keys. */
    public static final String PLATFORM_KEY = "platform:vendor:key";
    /** An operator: the vendor catalogue, its own authorisations and their log. */
    public static final String READ = "vendor:read";
    /** An operator: authorise a vendor for the organization, or withdraw it. */
    public static final String AUTHORIZE = "vendor:authorize";
    /** A vendor signed its request (held only by the principal the signature filter makes). */
    public static final String CALL = "vendor-api:call";

    @Override
    public List<PermissionDescriptor> permissions() {
        Set<OrganizationKind> platform = Set.of(OrganizationKind.PLATFORM);
        Set<OrganizationKind> operator = Set.of(OrganizationKind.OPERATOR);
        return List.of(
                new PermissionDescriptor(PLATFORM_READ, "platform", platform, "查看设备厂商", "View device vendors"),
                new PermissionDescriptor(PLATFORM_WRITE, "platform", platform, "管理设备厂商（新增、修改、暂停）", "Manage device vendors (create, edit, suspend)"),
                new PermissionDescriptor(PLATFORM_KEY, "platform", platform, "签发、轮换与吊销厂商密钥", "Issue, rotate and revoke vendor keys"),
                new PermissionDescriptor(READ, "vendor", operator, "查看设备厂商与本单位授权", "View device vendors and own authorisations"),
                new PermissionDescriptor(AUTHORIZE, "vendor", operator, "授权或撤销设备厂商接入", "Authorise or withdraw device vendors"));
    }
}
