package org.anju.tenancy.api;

/** State of one organization schema against the current tenant changelog. */
public enum MigrationStatus {
    /** Recorded fingerprint differs from the changelog: will be migrated. */
    PENDING,
    MIGRATING,
    CURRENT,
    /** The last migration failed: the organization is unavailable (503) until it is migrated again. */
    FAILED
}
