package org.anju.finance.domain;

/** Kinds of ledger entries (R6.4a, R7.4d). Charges and refunds are positive; payments and write-offs negative. */
public enum LedgerKind {
    CHARGE, PAYMENT, ADJUSTMENT, WRITE_OFF, REFUND, REVERSAL
}
