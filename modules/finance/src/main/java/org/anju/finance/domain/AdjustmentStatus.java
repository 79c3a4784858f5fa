package org.anju.finance.domain;

/** A rent adjustment waits for an approver other than its proposer, then applies or not. */
public enum AdjustmentStatus {
    PENDING, APPROVED, REJECTED
}
