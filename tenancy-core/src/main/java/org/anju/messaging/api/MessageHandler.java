package org.anju.messaging.api;

/**
 * A consumer of one durable queue bound to an address (a CDI bean; the messaging plumbing finds every one at start).
 * {@link #handle} runs inside the message's tenant scope and a transaction of its own, in which the message id is also
 * recorded: a message is handled once per queue even when it is delivered twice. Throwing rolls both back and the
 * message is delivered again; after {@link #maxAttempts()} failures it goes to the dead-letter queue with the last
 * failure as its reason, and the queue goes on with the next message.
 */
public interface MessageHandler {

    /** The address to listen to, e.g. {@code anju.alerts}. */
    String address();

    /** This handler's durable queue on it, e.g. {@code anju.alerts.notify}; one handler per queue. */
    String queue();

    void handle(InboundMessage message) throws Exception;

    default int maxAttempts() {
        return 5;
    }
}
