package org.anju.tenancy.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.anju.audit.api.AuditReason;
import org.anju.kernel.api.Transactions;
import org.anju.security.api.PasswordHasher;
import org.anju.security.application.TokenService;
import org.anju.security.domain.PlatformAdmin;
import org.anju.security.infrastructure.PlatformAdminAccounts;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.anju.tenancy.domain.Organization;
import org.anju.tenancy.domain.OrganizationRepository;
import org.anju.tenancy.infrastructure.DatabaseBootstrap;
import org.anju.tenancy.infrastructure.SchemaMigrator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up, in order: create the database if missing; migrate the registry schema; undo provisionings a stopped
 * server left half-way; make sure a platform admin exists; seed the demo on an empty registry; queue the organization
 * schemas that are behind for migration in the background. Readiness reports UP once the registry is ready.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    DatabaseBootstrap database;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantMigrationService migrations;

    @Inject
    ProvisioningService provisioning;

    @Inject
    DemoSeeder demo;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PlatformAdminAccounts platformAdmins;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenService tokens;

    @Inject
    Transactions transactions;

    @Inject
    StartupState state;

    @Resource
    TransactionSynchronizationRegistry transactionRegistry;

    @Inject
    @ConfigProperty(name = "ANJU_DEMO_SEED", defaultValue = "false")
    boolean demoSeed;

    @Inject
    @ConfigProperty(name = "ANJU_PLATFORM_ADMIN_PASSWORD")
    Optional<String> platformAdminPassword;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        TransactionSynchronizationRegistry tsr = transactionRegistry;
        TenantScope.installTransactionProbe(() -> tsr.getTransactionStatus() != Status.STATUS_NO_TRANSACTION);
        AuditReason.install(tsr);
        try {
            long t0 = System.nanoTime();
            database.ensureDatabase();
            migrator.migrate(TenantId.PLATFORM, SchemaMigrator.PLATFORM_CHANGELOG);
            int undone = provisioning.undoAbandoned();
            if (undone > 0) {
                LOG.warning("Undid " + undone + " provisioning(s) left half-way by a stopped server");
            }
            ensurePlatformAdmin();
            if (demoSeed) {
                demo.seedIfEmpty();
            }
            Map<String, OrganizationStatus> all = TenantScope.call(TenantId.PLATFORM, "system:startup", () ->
                    transactions.inNew(() -> organizations.findAll().stream()
                            .collect(Collectors.toMap(Organization::code, Organization::status))));
            int queued = migrations.migrateStale(all);
            tokens.purgeExpired();
            state.ready();
            LOG.info(String.format("Anju ready in %d ms: %d organization(s), %d schema(s) queued for migration",
                    (System.nanoTime() - t0) / 1_000_000, all.size(), queued));
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Start-up failed: the registry is not ready", e);
            state.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void ensurePlatformAdmin() {
        TenantScope.call(TenantId.PLATFORM, "system:startup", () -> {
            transactions.runInNew(() -> {
                if (platformAdmins.any()) {
                    return;
                }
                String password = platformAdminPassword.filter(p -> !p.isBlank()).orElse(null);
                if (password == null && demoSeed) {
                    password = "Anju@2026";
                }
                if (password == null) {
                    // Passwords never go to the log: without a configured one there is no admin until there is.
                    LOG.severe("No platform admin exists and ANJU_PLATFORM_ADMIN_PASSWORD is not set: set it and restart");
                    return;
                }
                platformAdmins.add(new PlatformAdmin("admin", "平台管理员", hasher.hash(password), Instant.now()));
            });
            return null;
        });
    }

}
