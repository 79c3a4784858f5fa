package org.anju.tenancy.application;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.tenancy.api.MigrationStatus;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.infrastructure.ChangelogFingerprint;
import org.anju.tenancy.infrastructure.SchemaMigrator;
import org.anju.tenancy.infrastructure.TenantSchemaStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps organization schemas at the current tenant changelog. At start-up only the schemas whose recorded
 * fingerprint differs from the changelog's are handed to Liquibase, by a bounded number of workers
 * ({@code anju.migration.parallelism}, default 4); current schemas are not touched. A schema that fails is recorded
 * FAILED with its error: its organization answers 503 while every other organization keeps working.
 */
@ApplicationScoped
public class TenantMigrationService {

    private static final Logger LOG = Logger.getLogger(TenantMigrationService.class.getName());

    /** The outcome of one migration, as the console shows it. */
    public record Outcome(String organizationCode, MigrationStatus status, long durationMs, String error) {
    }

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantSchemaStore states;

    @Inject
    OrganizationDirectory directory;

    @Inject
    StartupState startup;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "anju.migration.parallelism", defaultValue = "4")
    int parallelism;

    private volatile ChangelogFingerprint fingerprint;

    /** The fingerprint of the tenant changelog this build carries (what "current" means for a schema). */
    public String currentFingerprint() {
        return fingerprint().value();
    }

    ChangelogFingerprint fingerprint() {
        ChangelogFingerprint f = fingerprint;
        if (f == null) {
            f = ChangelogFingerprint.of(SchemaMigrator.TENANT_CHANGELOG, TenantMigrationService.class.getClassLoader());
            fingerprint = f;
        }
        return f;
    }

    /** Migrates one organization's schema now, recording the state; never throws for a failed migration. */
    public Outcome migrate(String organizationCode) {
        TenantId tenant = TenantId.ofOrganization(organizationCode);
        ChangelogFingerprint target = fingerprint();
        try {
            states.record(tenant.schema(), organizationCode, MigrationStatus.MIGRATING, null, null, null, null);
            Duration took = migrator.migrate(tenant, SchemaMigrator.TENANT_CHANGELOG);
            states.record(tenant.schema(), organizationCode, MigrationStatus.CURRENT, target.value(),
                    target.changeSets(), took.toMillis(), null);
            startup.schemaCurrent(tenant.schema());
            return new Outcome(organizationCode, MigrationStatus.CURRENT, took.toMillis(), null);
        } catch (SQLException | RuntimeException e) {
            String error = e.getMessage();
            LOG.log(Level.SEVERE, "Migration of " + tenant + " failed; organization " + organizationCode
                    + " is unavailable until it is migrated again", e);
            try {
                states.record(tenant.schema(), organizationCode, MigrationStatus.FAILED, null, null, null, error);
            } catch (SQLException recordFailure) {
                LOG.log(Level.SEVERE, "Cannot record the failed migration of " + tenant, recordFailure);
            }
            startup.schemaFailed(tenant.schema(), error);
            return new Outcome(organizationCode, MigrationStatus.FAILED, 0, error);
        } finally {
            directory.refresh();
        }
    }

    /**
     * Finds the organization schemas that are behind and migrates them in the background, with bounded parallelism.
     * Returns how many were queued.
     */
    public int migrateStale(Map<String, OrganizationStatus> organizations) throws SQLException {
        String current = fingerprint().value();
        Map<String, TenantSchemaStore.Row> recorded = states.all();
        List<String> stale = new ArrayList<>();
        organizations.forEach((code, status) -> {
            if (status == OrganizationStatus.PROVISIONING) {
                return;
            }
            TenantSchemaStore.Row row = recorded.get(TenantId.ofOrganization(code).schema());
            if (row == null || row.status() != MigrationStatus.CURRENT || !current.equals(row.fingerprint())) {
                stale.add(code);
            }
        });
        if (stale.isEmpty()) {
            return 0;
        }
        for (String code : stale) {
            states.record(TenantId.ofOrganization(code).schema(), code, MigrationStatus.PENDING, null, null, null, null);
        }
        directory.refresh();
        LOG.info("Migrating " + stale.size() + " organization schema(s) behind the changelog, " + parallelism + " at a time");
        Queue<String> queue = new ConcurrentLinkedQueue<>(stale);
        startup.queued(stale.size());
        for (int i = 0; i < Math.max(1, Math.min(parallelism, stale.size())); i++) {
            executor.execute(() -> {
                String code;
                while ((code = queue.poll()) != null) {
                    try {
                        migrate(code);
                    } finally {
                        startup.dequeued();
                    }
                }
            });
        }
        return stale.size();
    }
}
