package org.anju.tenancy.api;

import java.util.Set;

/**
 * A read-only view of one registry entry, as cached by {@link OrganizationDirectory}: enough to route a request,
 * brand a page and decide whether the organization may be served.
 */
public record OrganizationRef(
        String code,
        OrganizationKind kind,
        String name,
        OrganizationStatus status,
        String statusReason,
        TenantId tenant,
        Set<String> divisionCodes,
        BrandingView branding,
        String customDomain,
        MigrationStatus migrationStatus,
        String migrationError) {

    public boolean suspended() {
        return status == OrganizationStatus.SUSPENDED;
    }

    /** Whether requests for this organization can be served now (its schema is current and it is not being built). */
    public boolean available() {
        return status != OrganizationStatus.PROVISIONING && migrationStatus == MigrationStatus.CURRENT;
    }
}
