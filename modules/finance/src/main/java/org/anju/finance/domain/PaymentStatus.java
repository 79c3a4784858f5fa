package org.anju.finance.domain;

/** An order's state: CREATED waits for the channel, PAID is posted to the ledger, FAILED and CLOSED are not. */
public enum PaymentStatus {
    CREATED, PAID, FAILED, CLOSED
}
