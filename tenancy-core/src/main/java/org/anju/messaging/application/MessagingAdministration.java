package org.anju.messaging.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.messaging.infrastructure.MessageConsumers;
import org.anju.messaging.infrastructure.OutboxRelay;

/** The relay's switch and the plumbing's state, for the platform console. */
@ApplicationScoped
public class MessagingAdministration {

    /** What the console shows. */
    public record State(boolean relayPaused, long relayedSinceStart, boolean queuesReady) {
    }

    @Inject
    OutboxRelay relay;

    @Inject
    MessageConsumers consumers;

    public State state() {
        return new State(relay.paused(), relay.relayed(), consumers.ready());
    }

    public State pause(boolean paused) {
        relay.pause(paused);
        return state();
    }
}
