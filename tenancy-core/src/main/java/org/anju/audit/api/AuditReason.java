package org.anju.audit.api;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The reason of the changes of the current transaction, stored on their Envers revision ("why", next to who and
 * when). Envers writes the revision when the transaction completes, so the reason is kept with the transaction
 * (JTA's synchronization registry) rather than on the thread: it is there at commit, and gone after.
 */
public final class AuditReason {

    private static final Object KEY = AuditReason.class;
    private static volatile TransactionSynchronizationRegistry registry;

    private AuditReason() {
    }

    /** Installed once at start-up by the container glue. */
    public static void install(TransactionSynchronizationRegistry transactionRegistry) {
        registry = transactionRegistry;
    }

    /** Gives the reason of the current transaction's changes; call inside the transaction. */
    public static void set(String reason) {
        TransactionSynchronizationRegistry r = registry;
        if (r == null || r.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("An audit reason belongs to a transaction: set it inside one");
        }
        r.putResource(KEY, reason);
    }

    /** The reason given for the current transaction, or null. */
    public static String current() {
        TransactionSynchronizationRegistry r = registry;
        if (r == null || r.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return null;
        }
        return (String) r.getResource(KEY);
    }
}
