package org.anju.finance.api;

/** Permissions of finance (operators); residents pay through {@code resident:pay}. */
public final class FinancePermissions {

    public static final String READ = "finance:read";
    /** Rent standards, category rules, proposing rent adjustments, billing runs. */
    public static final String WRITE = "finance:write";
    /** Approving rent adjustments (someone other than the proposer). */
    public static final String APPROVE = "finance:approve";
    /** Entering counter payments and refunds. */
    public static final String COLLECT = "payment:collect";
    public static final String ADMIN = "finance:admin";
    public static final String RESIDENT = "resident:pay";

    private FinancePermissions() {
    }
}
