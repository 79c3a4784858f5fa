package org.anju.tenancy.api;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs work as one tenant: binds {@link TenantContext} for the duration of the work and restores what was
 * there before, in {@code finally}. Jobs, message consumers, MQTT and OPC UA callbacks and the request filter
 * all enter a tenant here, and nowhere else.
 *
 * <p>A JTA transaction belongs to one tenant (its persistence context and connection are bound to the
 * schema that opened them). Switching to another tenant while a transaction is active would silently keep
 * using the first schema, so it is refused: start the other tenant's work in a transaction of its own.
 */
public final class TenantScope {

    /** Work that may throw a checked exception of type {@code E}. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** Tells whether a JTA transaction is active on this thread; installed at start-up by the container glue. */
    @FunctionalInterface
    public interface TransactionProbe {
        boolean transactionActive();
    }

    private static volatile TransactionProbe transactionProbe = () -> false;

    private TenantScope() {
    }

    public static void installTransactionProbe(TransactionProbe probe) {
        transactionProbe = Objects.requireNonNull(probe);
    }

    public static void run(TenantId tenant, Runnable work) {
        call(tenant, TenantContext.actor(), () -> {
            work.run();
            return null;
        });
    }

    public static <T> T get(TenantId tenant, Supplier<T> work) {
        return call(tenant, TenantContext.actor(), work::get);
    }

    public static <T, E extends Exception> T call(TenantId tenant, String actor, Work<T, E> work) throws E {
        Objects.requireNonNull(tenant, "tenant");
        TenantContext.Frame previous = TenantContext.frame();
        if (previous != null && !previous.tenant().equals(tenant) && transactionProbe.transactionActive()) {
            throw new IllegalStateException("Cannot switch from tenant " + previous.tenant() + " to " + tenant
                    + " inside a transaction: one tenant per transaction");
        }
        TenantContext.set(new TenantContext.Frame(tenant, actor));
        try {
            return work.call();
        } finally {
            TenantContext.set(previous);
        }
    }
}
