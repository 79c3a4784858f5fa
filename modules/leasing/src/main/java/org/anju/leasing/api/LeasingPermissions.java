package org.anju.leasing.api;

/** Permissions of leasing (operators); residents act through {@code resident:lease}. */
public final class LeasingPermissions {

    public static final String HOUSEHOLD_READ = "household:read";
    public static final String HOUSEHOLD_WRITE = "household:write";
    public static final String LEASE_READ = "lease:read";
    public static final String LEASE_WRITE = "lease:write";
    public static final String LEASE_APPROVE = "lease:approve";
    public static final String LEASE_TERMINATE = "lease:terminate";
    public static final String LEASE_ADMIN = "lease:admin";
    public static final String ALLOCATION_IMPORT = "allocation:import";
    public static final String APPLICATION_DECIDE = "application:decide";
    public static final String REVIEW_MANAGE = "review:manage";
    public static final String RESIDENT = "resident:lease";

    private LeasingPermissions() {
    }
}
