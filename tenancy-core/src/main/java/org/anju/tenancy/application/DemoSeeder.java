package org.anju.tenancy.application;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.DemoOrganizationsSeeded;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.anju.tenancy.domain.OrganizationRepository;

/**
 * On an empty registry, provisions the demo: authority {@code demo_city} (示范市住房保障局, jurisdiction 330100) and
 * operator {@code demo} (示范运营公司, serving 330106, appointed by demo_city), each with its admin. The logins are
 * listed in the README. Off in production ({@code ANJU_DEMO_SEED=false}). Announces what it did with
 * {@link DemoOrganizationsSeeded}, so that the demo's housing data and devices (composition root) follow only a fresh seed.
 */
@ApplicationScoped
public class DemoSeeder {

    public static final String DEMO_OPERATOR = "demo";
    public static final String DEMO_AUTHORITY = "demo_city";
    public static final String DEMO_OPERATOR_PASSWORD = "Demo@2026";
    public static final String DEMO_AUTHORITY_PASSWORD = "City@2026";

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Inject
    ProvisioningService provisioning;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Transactions transactions;

    @Inject
    Event<DemoOrganizationsSeeded> seeded;

    /** Seeds when the registry holds no organization; returns whether it did. */
    public boolean seedIfEmpty() {
        boolean empty = TenantScope.call(TenantId.PLATFORM, "system:demo", () ->
                transactions.inNew(() -> organizations.findAll().isEmpty()));
        if (!empty) {
            return false;
        }
        provisioning.provision(new OrganizationSpec(DEMO_AUTHORITY, OrganizationKind.AUTHORITY, "示范市住房保障局",
                List.of("330100"), null,
                new OrganizationSpec.AdminSpec("admin", DEMO_AUTHORITY_PASSWORD, "示范市住保局管理员"),
                new OrganizationSpec.BrandingSpec("示范市住房保障局", "#B91C1C", null, null),
                "王科长", "0571-88000000"), "system:demo");
        provisioning.provision(new OrganizationSpec(DEMO_OPERATOR, OrganizationKind.OPERATOR, "示范运营公司",
                List.of("330106"),
                new OrganizationSpec.AppointmentSpec(DEMO_AUTHORITY, null, LocalDate.of(2026, 1, 15), "示范住保〔2026〕1号"),
                new OrganizationSpec.AdminSpec("admin", DEMO_OPERATOR_PASSWORD, "示范运营管理员"),
                new OrganizationSpec.BrandingSpec("安居示范运营", "#0F766E", null, null),
                "李经理", "0571-88000001"), "system:demo");
        LOG.info("Seeded the demo: authority " + DEMO_AUTHORITY + " and operator " + DEMO_OPERATOR);
        seeded.fire(new DemoOrganizationsSeeded(DEMO_OPERATOR, DEMO_AUTHORITY));
        return true;
    }
}
