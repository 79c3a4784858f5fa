package org.anju.leasing.domain;

import org.anju.leasing.api.LeaseStatus;

/** A lease change that its state machine does not allow. */
public class IllegalLeaseTransitionException extends RuntimeException {

    private final LeaseStatus from;
    private final LeaseStatus to;

    public IllegalLeaseTransitionException(LeaseStatus from, LeaseStatus to) {
        super(from + " -> " + to);
        this.from = from;
        this.to = to;
    }

    public LeaseStatus from() {
        return from;
    }

    public LeaseStatus to() {
        return to;
    }
}
