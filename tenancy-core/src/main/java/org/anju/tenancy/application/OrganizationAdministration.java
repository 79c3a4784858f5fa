package org.anju.tenancy.application;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.audit.api.AuditReason;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.anju.tenancy.domain.Branding;
import org.anju.tenancy.domain.Organization;
import org.anju.tenancy.domain.OrganizationRepository;
import org.anju.tenancy.domain.TenantSchemaState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform console's work on existing organizations: list, read, suspend, resume, rebrand, migrate (P7). */
@ApplicationScoped
public class OrganizationAdministration {

    /** An organization with the migration state of its schema. */
    public record Entry(Organization organization, TenantSchemaState schema) {
    }

    @Inject
    OrganizationRepository organizations;

    @Inject
    Transactions transactions;

    @Inject
    OrganizationDirectory directory;

    @Inject
    TenantMigrationService migrations;

    @Inject
    @ConfigProperty(name = "ANJU_BASE_DOMAIN", defaultValue = "localhost")
    String baseDomain;

    public Page<Entry> search(String text, OrganizationKind kind, OrganizationStatus status, PageRequest page) {
        return platform("system", () -> {
            Page<Organization> found = organizations.search(text, kind, status, page);
            Map<String, TenantSchemaState> states = organizations.schemaStates().stream()
                    .collect(Collectors.toMap(TenantSchemaState::schemaName, Function.identity()));
            return found.map(o -> new Entry(o, states.get(o.tenant().schema())));
        });
    }

    public Entry get(String code) {
        return platform("system", () -> {
            Organization o = find(code);
            return new Entry(o, organizations.schemaState(o.tenant().schema()).orElse(null));
        });
    }

    public Entry suspend(String code, String reason, String actor) {
        Entry e = platform(actor, () -> {
            AuditReason.set(reason);
            Organization o = find(code);
            if (o.status() != OrganizationStatus.ACTIVE) {
                throw ProblemException.conflict("organization-not-active", code);
            }
            o.suspend(reason, Instant.now());
            return new Entry(o, organizations.schemaState(o.tenant().schema()).orElse(null));
        });
        directory.refresh();
        return e;
    }

    public Entry resume(String code, String actor) {
        Entry e = platform(actor, () -> {
            Organization o = find(code);
            if (o.status() != OrganizationStatus.SUSPENDED) {
                throw ProblemException.conflict("organization-not-suspended", code);
            }
            o.resume(Instant.now());
            return new Entry(o, organizations.schemaState(o.tenant().schema()).orElse(null));
        });
        directory.refresh();
        return e;
    }

    public Entry rebrand(String code, OrganizationSpec.BrandingSpec branding, String actor) {
        ProblemException.Violations v = new ProblemException.Violations();
        if (branding == null || OrganizationRules.blankToNull(branding.displayName()) == null) {
            v.add("displayName", "validation.required");
        }
        OrganizationRules.checkBranding(branding, "", baseDomain, v);
        v.throwIfAny();
        String domain = OrganizationRules.normalizeDomain(branding.customDomain());
        Entry e = platform(actor, () -> {
            Organization o = find(code);
            if (domain != null && organizations.findByCustomDomain(domain).filter(other -> !other.code().equals(code)).isPresent()) {
                throw ProblemException.invalid("customDomain", "validation.domain.taken", domain);
            }
            o.rebrand(new Branding(branding.displayName().trim(), OrganizationRules.blankToNull(branding.primaryColor()),
                    OrganizationRules.blankToNull(branding.logoUrl())), domain, Instant.now());
            return new Entry(o, organizations.schemaState(o.tenant().schema()).orElse(null));
        });
        directory.refresh();
        return e;
    }

    /** Migrates one organization's schema now (after a failure was repaired, or to force an upgrade). */
    public Entry migrate(String code) {
        Entry before = get(code);
        if (before.organization().status() == OrganizationStatus.PROVISIONING) {
            throw ProblemException.conflict("organization-provisioning", code);
        }
        migrations.migrate(code);
        return get(code);
    }

    private Organization find(String code) {
        return organizations.findByCode(code).orElseThrow(() -> ProblemException.notFound("organization-not-found", code));
    }

    private <T> T platform(String actor, java.util.function.Supplier<T> work) {
        return TenantScope.call(TenantId.PLATFORM, actor, () -> transactions.inNew(work));
    }
}
