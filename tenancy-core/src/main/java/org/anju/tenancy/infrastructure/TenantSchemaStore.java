package org.anju.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.tenancy.api.MigrationStatus;

/**
 * Writes and reads {@code platform.tenant_schema} on unpooled connections, outside any JTA transaction: the
 * migrator's bookkeeping must commit even when (especially when) a migration fails.
 */
@ApplicationScoped
public class TenantSchemaStore {

    /** One row: the recorded state of an organization schema. */
    public record Row(String schemaName, String organizationCode, String fingerprint, MigrationStatus status) {
    }

    @Inject
    DatabaseSettings settings;

    public Map<String, Row> all() throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection c = settings.open();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT schema_name, organization_code, fingerprint, status FROM platform.tenant_schema");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        MigrationStatus.valueOf(rs.getString(4))));
            }
        }
        return rows;
    }

    public void record(String schema, String organizationCode, MigrationStatus status, String fingerprint,
                       Integer changeSets, Long durationMs, String error) throws SQLException {
        try (Connection c = settings.open();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO platform.tenant_schema
                         (schema_name, organization_code, status, fingerprint, changesets, migrated_at, duration_ms, error)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT (schema_name) DO UPDATE SET
                         status = EXCLUDED.status,
                         fingerprint = COALESCE(EXCLUDED.fingerprint, platform.tenant_schema.fingerprint),
                         changesets = COALESCE(EXCLUDED.changesets, platform.tenant_schema.changesets),
                         migrated_at = COALESCE(EXCLUDED.migrated_at, platform.tenant_schema.migrated_at),
                         duration_ms = COALESCE(EXCLUDED.duration_ms, platform.tenant_schema.duration_ms),
                         error = EXCLUDED.error""")) {
            boolean done = status == MigrationStatus.CURRENT;
            ps.setString(1, schema);
            ps.setString(2, organizationCode);
            ps.setString(3, status.name());
            ps.setString(4, done ? fingerprint : null);
            ps.setObject(5, done ? changeSets : null);
            ps.setTimestamp(6, done ? Timestamp.from(Instant.now()) : null);
            ps.setObject(7, durationMs);
            ps.setString(8, error);
            ps.executeUpdate();
        }
    }

    public void delete(String schema) throws SQLException {
        try (Connection c = settings.open();
             PreparedStatement ps = c.prepareStatement("DELETE FROM platform.tenant_schema WHERE schema_name = ?")) {
            ps.setString(1, schema);
            ps.executeUpdate();
        }
    }
}
