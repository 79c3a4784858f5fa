package org.anju.tenancy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.anju.tenancy.api.BrandingView;
import org.anju.tenancy.api.MigrationStatus;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.application.OrganizationAdministration;
import org.anju.tenancy.domain.Organization;
import org.anju.tenancy.domain.TenantSchemaState;

/** An organization as the platform console shows it, with its appointment record and schema migration state. */
public record OrganizationView(
        String code,
        OrganizationKind kind,
        String name,
        OrganizationStatus status,
        String statusReason,
        Instant statusChangedAt,
        String schema,
        List<String> divisionCodes,
        BrandingView branding,
        String customDomain,
        AppointmentView appointment,
        String contactName,
        String contactPhone,
        MigrationView migration,
        Instant createdAt) {

    /** R5.1a. */
    public record AppointmentView(String authorityCode, String authorityName, LocalDate date, String documentNumber) {
    }

    /** State of the organization's schema against the current tenant changelog. */
    public record MigrationView(MigrationStatus status, boolean current, Integer changeSets, Instant migratedAt,
                                Long durationMs, String error) {
    }

    static OrganizationView of(OrganizationAdministration.Entry e, String currentFingerprint) {
        return of(e.organization(), e.schema(), currentFingerprint);
    }

    static OrganizationView of(Organization o, TenantSchemaState s, String currentFingerprint) {
        MigrationView migration = s == null
                ? new MigrationView(MigrationStatus.PENDING, false, null, null, null, null)
                : new MigrationView(s.status(), s.status() == MigrationStatus.CURRENT
                        && currentFingerprint.equals(s.fingerprint()), s.changesets(), s.migratedAt(), s.durationMs(), s.error());
        var a = o.appointment();
        var b = o.branding();
        return new OrganizationView(o.code(), o.kind(), o.name(), o.status(), o.statusReason(), o.statusChangedAt(),
                o.tenant().schema(), o.divisionCodes().stream().sorted().toList(),
                new BrandingView(b.displayName(), b.primaryColor(), b.logoUrl()), o.customDomain(),
                a == null ? null : new AppointmentView(a.authorityCode(), a.authorityName(), a.date(), a.documentNumber()),
                o.contactName(), o.contactPhone(), migration, o.createdAt());
    }
}
