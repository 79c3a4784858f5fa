package org.anju.finance.domain;

/**
 * A bill's state, from what was paid against it. WRITTEN_OFF: the rest was written off as uncollectable (a reversal
 * of the write-off opens it again); CANCELLED: its charge was reversed because it was issued in error.
 */
public enum BillStatus {
    OPEN, PARTIAL, PAID, WRITTEN_OFF, CANCELLED
}
