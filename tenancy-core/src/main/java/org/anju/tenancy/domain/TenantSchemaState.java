package org.anju.tenancy.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anju.tenancy.api.MigrationStatus;

/**
 * Migration state of one organization schema ({@code platform.tenant_schema}): the fingerprint of the tenant
 * changelog it was last migrated to. Written by the migrator on its own connection; read here for the console,
 * health and routing.
 */
@Entity
@Table(name = "tenant_schema")
public class TenantSchemaState {

    @Id
    @Column(name = "schema_name", length = 63)
    private String schemaName;

    @Column(name = "organization_code", nullable = false, length = 31)
    private String organizationCode;

    @Column(name = "fingerprint", length = 64)
    private String fingerprint;

    @Column(name = "changesets")
    private Integer changesets;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MigrationStatus status;

    @Column(name = "migrated_at")
    private Instant migratedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "error", columnDefinition = "text")
    private String error;

    protected TenantSchemaState() {
    }

    public String schemaName() {
        return schemaName;
    }

    public String organizationCode() {
        return organizationCode;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Integer changesets() {
        return changesets;
    }

    public MigrationStatus status() {
        return status;
    }

    public Instant migratedAt() {
        return migratedAt;
    }

    public Long durationMs() {
        return durationMs;
    }

    public String error() {
        return error;
    }
}
