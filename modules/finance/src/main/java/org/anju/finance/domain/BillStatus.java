package org.anju.finance.domain;

/** A bill's state, from what was paid against it. */
public enum BillStatus {
    OPEN, PARTIAL, PAID, WRITTEN_OFF
}
