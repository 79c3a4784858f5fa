package org.anju.messaging.api;

/**
 * The transactional outbox of the current tenant: a message enqueued here is written in the caller's transaction and
 * published after commit, at least once, even if the server stops in between (the relay sends what is left when it
 * starts). A rolled-back transaction publishes nothing.
 */
public interface Outbox {

    /** Joins the caller's transaction (MANDATORY); a key already in this tenant's outbox for the address is ignored. */
    void enqueue(OutboundMessage message);
}
