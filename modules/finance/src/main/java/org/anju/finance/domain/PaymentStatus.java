package org.anju.finance.domain;

/**
 * An order's state: CREATED waits for the channel, PAID is posted to the ledger, FAILED and CLOSED are not; REVERSED
 * was posted and then reversed (a counter payment entered in error, a debit the bank recalled).
 */
public enum PaymentStatus {
    CREATED, PAID, FAILED, CLOSED, REVERSED
}
