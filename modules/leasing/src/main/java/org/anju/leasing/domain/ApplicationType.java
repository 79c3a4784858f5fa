package org.anju.leasing.domain;

/** Residents' applications (R6.2b2 changes and swaps, R6.2b3 renewal). */
public enum ApplicationType {
    INCOME_CHANGE, MEMBER_CHANGE, HOUSING_CHANGE, SWAP, RENEWAL;

    /** The kind of lease an approved application of this type is re-signed as. */
    public org.anju.leasing.api.LeaseKind leaseKind() {
        return switch (this) {
            case SWAP -> org.anju.leasing.api.LeaseKind.SWAP;
            case RENEWAL -> org.anju.leasing.api.LeaseKind.RENEWAL;
            default -> org.anju.leasing.api.LeaseKind.CHANGE;
        };
    }
}
