package org.anju.tenancy.application;

import java.time.LocalDate;
import java.util.List;

import org.anju.tenancy.api.OrganizationKind;

/** What provisioning needs to create an organization; checked in full by {@link ProvisioningService}. */
public record OrganizationSpec(
        String code,
        OrganizationKind kind,
        String name,
        List<String> divisionCodes,
        AppointmentSpec appointment,
        AdminSpec admin,
        BrandingSpec branding,
        String contactName,
        String contactPhone) {

    /** R5.1a: who appointed the operator (an authority on the platform by code, or by name), when, by which document. */
    public record AppointmentSpec(String authorityCode, String authorityName, LocalDate date, String documentNumber) {
    }

    /** The organization's first administrator. */
    public record AdminSpec(String username, String password, String displayName) {
        @Override
        public String toString() {
            return "AdminSpec[" + username + "]";
        }
    }

    /** Display name, brand colour, logo, custom domain. */
    public record BrandingSpec(String displayName, String primaryColor, String logoUrl, String customDomain) {
    }
}
