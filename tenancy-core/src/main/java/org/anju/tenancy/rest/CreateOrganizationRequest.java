package org.anju.tenancy.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.application.OrganizationSpec;

/**
 * {@code POST /api/v1/platform/organizations}. Shape checks here; rules that need the registry (unique code,
 * appointing authority and its jurisdiction, division codes, password strength) in the provisioning service.
 */
public record CreateOrganizationRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{1,30}", message = "{validation.organization.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull Kind kind,
        @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = "\\d{6}", message = "{validation.division.format}") String> divisionCodes,
        @Valid AppointmentRequest appointment,
        @NotNull @Valid AdminRequest admin,
        @Valid BrandingRequest branding,
        @Size(max = 100) String contactName,
        @Size(max = 30) String contactPhone) {

    /** What can be provisioned: an operator or an authority (the platform itself is not an organization). */
    public enum Kind {
        OPERATOR, AUTHORITY;

        OrganizationKind toKind() {
            return OrganizationKind.valueOf(name());
        }
    }

    /** R5.1a: the appointment record of an operator. */
    public record AppointmentRequest(
            @Size(max = 31) String authorityCode,
            @Size(max = 200) String authorityName,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 100) String documentNumber) {
    }

    /** The organization's first administrator. */
    public record AdminRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{2,64}", message = "{validation.username}") String username,
            @NotBlank @Size(max = 64) String password,
            @Size(max = 100) String displayName) {
        @Override
        public String toString() {
            return "AdminRequest[" + username + "]";
        }
    }

    /** White-label settings (P5). */
    public record BrandingRequest(
            @Size(max = 200) String displayName,
            @Size(max = 7) String primaryColor,
            @Size(max = 2000) String logoUrl,
            @Size(max = 253) String customDomain) {

        OrganizationSpec.BrandingSpec toSpec() {
            return new OrganizationSpec.BrandingSpec(displayName, primaryColor, logoUrl, customDomain);
        }
    }

    OrganizationSpec toSpec() {
        return new OrganizationSpec(code, kind.toKind(), name, divisionCodes,
                appointment == null ? null : new OrganizationSpec.AppointmentSpec(appointment.authorityCode(),
                        appointment.authorityName(), appointment.date(), appointment.documentNumber()),
                new OrganizationSpec.AdminSpec(admin.username(), admin.password(), admin.displayName()),
                branding == null ? null : branding.toSpec(), contactName, contactPhone);
    }
}
