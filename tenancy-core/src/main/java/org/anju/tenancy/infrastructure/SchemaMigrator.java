package org.anju.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import liquibase.Scope;
import liquibase.SingletonScopeManager;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.anju.tenancy.api.TenantId;

/**
 * Runs Liquibase on one schema, on a dedicated unpooled connection and never inside a JTA transaction (Liquibase
 * leaves {@code search_path} and autocommit changed behind it; a pooled connection would carry them into the next
 * request).
 *
 * <p>A PostgreSQL advisory lock per schema serialises migrations of one schema across threads and servers; holding
 * it, a Liquibase lock left behind by a killed server can be released safely.
 */
@ApplicationScoped
public class SchemaMigrator {

    public static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";
    public static final String TENANT_CHANGELOG = "db/tenant/changelog.xml";

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    static {
        // No network here and no wish to phone home: Liquibase analytics and the hub stay off.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.hub.mode", "off");
        System.setProperty("liquibase.showBanner", "false");
    }

    /** Migrations running now, guarded by the class lock. */
    private static int active;

    @Inject
    DatabaseSettings settings;

    /** Creates the schema if needed and brings it to the changelog; returns how long it took. */
    public Duration migrate(TenantId tenant, String changelog) throws SQLException {
        Instant start = Instant.now();
        String schema = tenant.schema();
        try (Connection c = settings.open()) {
            c.setAutoCommit(true);
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, "anju-migrate:" + schema);
                lock.execute();
            }
            try {
                try (Statement st = c.createStatement()) {
                    // schema names are validated by TenantId against a closed pattern
                    st.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema + "\"");
                }
                runLiquibase(c, schema, changelog);
            } finally {
                try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                    unlock.setString(1, "anju-migrate:" + schema);
                    unlock.execute();
                }
            }
        }
        Duration took = Duration.between(start, Instant.now());
        LOG.fine(() -> "Migrated " + schema + " in " + took.toMillis() + " ms");
        return took;
    }

    /** Drops a schema and everything in it: only used to undo a provisioning that failed half-way. */
    public void drop(TenantId tenant) throws SQLException {
        if (tenant.isPlatform()) {
            throw new IllegalArgumentException("never drop the registry");
        }
        try (Connection c = settings.open(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS \"" + tenant.schema() + "\" CASCADE");
        }
    }

    private void runLiquibase(Connection c, String schema, String changelog) throws SQLException {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        synchronized (SchemaMigrator.class) {
            active++;
        }
        try {
            // Liquibase keeps its current scope per thread through an inheritable thread-local: give this thread a
            // manager of its own so that parallel migrations never share one.
            Scope.setScopeManager(new SingletonScopeManager());
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader),
                    Scope.Attr.classLoader.name(), loader);
            Scope.child(scope, () -> {
                LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
        } catch (Exception e) {
            throw new SQLException("Migration of " + schema + " failed: " + rootMessage(e), e);
        } finally {
            synchronized (SchemaMigrator.class) {
                // The factory caches a lock service per Database and never forgets one; clear it when no migration
                // is running, so that a long-lived server that provisions often does not accumulate them.
                if (--active == 0) {
                    LockServiceFactory.getInstance().resetAll();
                }
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
