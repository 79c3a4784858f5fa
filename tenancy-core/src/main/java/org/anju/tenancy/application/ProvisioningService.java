package org.anju.tenancy.application;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.security.api.PasswordPolicy;
import org.anju.tenancy.api.DivisionCode;
import org.anju.tenancy.api.MigrationStatus;
import org.anju.tenancy.api.NewOrganization;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationInitializer;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.anju.tenancy.domain.Appointment;
import org.anju.tenancy.domain.Branding;
import org.anju.tenancy.domain.Organization;
import org.anju.tenancy.domain.OrganizationRepository;
import org.anju.tenancy.infrastructure.SchemaMigrator;
import org.anju.tenancy.infrastructure.TenantSchemaStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * Provisions an operator or an authority (P7): registry entry, schema {@code org_<code>} migrated to the tenant
 * changelog, initial data (its admin user) from every {@link OrganizationInitializer}, then ACTIVE. The steps touch
 * two schemas and Liquibase, so they cannot share one transaction; if any step fails, the earlier ones are undone
 * (schema dropped, registry entry removed): nothing is left half-provisioned.
 */
@ApplicationScoped
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class.getName());
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    OrganizationRepository organizations;

    @Inject
    Transactions transactions;

    @Inject
    TenantMigrationService migrations;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantSchemaStore states;

    @Inject
    Instance<OrganizationInitializer> initializers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    @ConfigProperty(name = "ANJU_BASE_DOMAIN", defaultValue = "localhost")
    String baseDomain;

    @Timed(name = "anju_provisioning_seconds", description = "Time to provision one organization", absolute = true)
    public Organization provision(OrganizationSpec spec, String actor) {
        validate(spec);
        String code = spec.code();
        Organization created = TenantScope.call(TenantId.PLATFORM, actor, () -> transactions.inNew(() -> {
            if (organizations.findByCode(code).isPresent()) {
                throw ProblemException.conflict("organization-exists", code);
            }
            String domain = spec.branding() == null ? null : OrganizationRules.normalizeDomain(spec.branding().customDomain());
            if (domain != null && organizations.findByCustomDomain(domain).isPresent()) {
                throw ProblemException.invalid("branding.customDomain", "validation.domain.taken", domain);
            }
            return organizations.add(toEntity(spec, domain));
        }));
        try {
            TenantMigrationService.Outcome outcome = migrations.migrate(code);
            if (outcome.status() != MigrationStatus.CURRENT) {
                throw new ProblemException(500, "provisioning-failed", code, outcome.error());
            }
            NewOrganization fresh = new NewOrganization(code, spec.kind(), spec.name(), spec.admin().username(),
                    spec.admin().password(), spec.admin().displayName() == null
                            ? spec.admin().username() : spec.admin().displayName());
            List<OrganizationInitializer> ordered = new ArrayList<>();
            initializers.forEach(ordered::add);
            ordered.sort(Comparator.comparingInt(OrganizationInitializer::order));
            TenantScope.call(created.tenant(), actor, () -> {
                transactions.runInNew(() -> ordered.forEach(i -> i.initialize(fresh)));
                return null;
            });
            Organization active = TenantScope.call(TenantId.PLATFORM, actor, () -> transactions.inNew(() -> {
                Organization o = organizations.findByCode(code).orElseThrow();
                o.activate(Instant.now());
                return o;
            }));
            LOG.info("Provisioned " + active.kind() + " " + code + " (" + active.tenant() + ")");
            return active;
        } catch (RuntimeException e) {
            undo(created, actor);
            throw e;
        } finally {
            directory.refresh();
        }
    }

    /** Removes what a failed or abandoned provisioning left: schema, migration state, registry entry. */
    void undo(Organization organization, String actor) {
        try {
            migrator.drop(organization.tenant());
            states.delete(organization.tenant().schema());
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Cannot drop schema of failed provisioning " + organization.code(), e);
        }
        try {
            TenantScope.call(TenantId.PLATFORM, actor, () -> {
                transactions.runInNew(() -> organizations.findByCode(organization.code())
                        .filter(o -> o.status() == OrganizationStatus.PROVISIONING)
                        .ifPresent(organizations::remove));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot remove registry entry of failed provisioning " + organization.code(), e);
        }
    }

    /** At start-up: provisionings that a stopped server left half-way are undone (older than ten minutes). */
    public int undoAbandoned() {
        List<Organization> abandoned = TenantScope.call(TenantId.PLATFORM, "system:startup", () -> transactions.inNew(() ->
                organizations.findAll().stream()
                        .filter(o -> o.status() == OrganizationStatus.PROVISIONING)
                        .filter(o -> o.createdAt().isBefore(Instant.now().minusSeconds(600)))
                        .toList()));
        abandoned.forEach(o -> undo(o, "system:startup"));
        return abandoned.size();
    }

    private Organization toEntity(OrganizationSpec spec, String domain) {
        OrganizationSpec.BrandingSpec b = spec.branding();
        Branding branding = new Branding(
                b == null || OrganizationRules.blankToNull(b.displayName()) == null ? spec.name() : b.displayName().trim(),
                b == null ? null : OrganizationRules.blankToNull(b.primaryColor()),
                b == null ? null : OrganizationRules.blankToNull(b.logoUrl()));
        Appointment appointment = null;
        if (spec.kind() == OrganizationKind.OPERATOR) {
            OrganizationSpec.AppointmentSpec a = spec.appointment();
            String authorityName = OrganizationRules.blankToNull(a.authorityName());
            String authorityCode = OrganizationRules.blankToNull(a.authorityCode());
            if (authorityName == null && authorityCode != null) {
                authorityName = directory.byCode(authorityCode).map(r -> r.name()).orElse(authorityCode);
            }
            appointment = new Appointment(authorityCode, authorityName, a.date(), a.documentNumber().trim());
        }
        return new Organization(spec.code(), spec.kind(), spec.name().trim(), spec.divisionCodes(), branding, domain,
                appointment, OrganizationRules.blankToNull(spec.contactName()),
                OrganizationRules.blankToNull(spec.contactPhone()), Instant.now());
    }

    /** Every rule at once, so the console can show every mistake in one round trip. */
    void validate(OrganizationSpec spec) {
        ProblemException.Violations v = new ProblemException.Violations();
        if (!TenantId.isValidOrganizationCode(spec.code())) {
            v.add("code", "validation.organization.code");
        }
        if (spec.kind() == OrganizationKind.PLATFORM) {
            v.add("kind", "validation.organization.kind");
        }
        List<String> divisions = spec.divisionCodes() == null ? List.of() : spec.divisionCodes();
        if (divisions.isEmpty()) {
            v.add("divisionCodes", "validation.division.required");
        }
        for (int i = 0; i < divisions.size(); i++) {
            if (!DivisionCode.isValid(divisions.get(i))) {
                v.add("divisionCodes[" + i + "]", "validation.division.code", String.valueOf(divisions.get(i)));
            }
        }
        if (spec.kind() == OrganizationKind.OPERATOR) {
            checkAppointment(spec, divisions, v);
        } else if (spec.kind() == OrganizationKind.AUTHORITY && spec.appointment() != null) {
            v.add("appointment", "validation.appointment.operator-only");
        }
        if (spec.admin() == null) {
            v.add("admin", "validation.required");
        } else {
            Optional<String> weak = PasswordPolicy.violation(spec.admin().password(), spec.admin().username());
            weak.ifPresent(key -> v.add("admin.password", key));
        }
        OrganizationRules.checkBranding(spec.branding(), "branding.", baseDomain, v);
        v.throwIfAny();
    }

    private void checkAppointment(OrganizationSpec spec, List<String> divisions, ProblemException.Violations v) {
        OrganizationSpec.AppointmentSpec a = spec.appointment();
        if (a == null) {
            v.add("appointment", "validation.appointment.required");
            return;
        }
        if (a.date() != null && a.date().isAfter(LocalDate.now(SHANGHAI))) {
            v.add("appointment.date", "validation.date.future");
        }
        String authorityCode = OrganizationRules.blankToNull(a.authorityCode());
        if (authorityCode == null) {
            if (OrganizationRules.blankToNull(a.authorityName()) == null) {
                v.add("appointment.authorityName", "validation.appointment.authority");
            }
            return;
        }
        var authority = directory.byCode(authorityCode);
        if (authority.isEmpty() || authority.get().kind() != OrganizationKind.AUTHORITY) {
            v.add("appointment.authorityCode", "validation.appointment.authority.unknown", authorityCode);
        } else if (divisions.stream().allMatch(DivisionCode::isValid)
                && !DivisionCode.coversAll(authority.get().divisionCodes(), divisions)) {
            v.add("appointment.authorityCode", "validation.appointment.authority.jurisdiction", authorityCode);
        }
    }
}
