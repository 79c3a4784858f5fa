package org.anju.tenancy.api;

/**
 * The organization exists but cannot be served now: its schema failed to migrate, is being migrated, or is
 * being provisioned. Answered 503 for that organization alone; every other organization keeps working.
 */
public class TenantUnavailableException extends RuntimeException {

    private final String organizationCode;

    public TenantUnavailableException(String organizationCode, String reason) {
        super(reason);
        this.organizationCode = organizationCode;
    }

    public String organizationCode() {
        return organizationCode;
    }
}
