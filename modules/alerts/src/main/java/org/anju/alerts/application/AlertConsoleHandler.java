package org.anju.alerts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.alerts.api.AlertMessages;
import org.anju.alerts.api.AlertPermissions;
import org.anju.messaging.api.InboundMessage;
import org.anju.messaging.api.MessageHandler;
import org.anju.notify.api.LiveEvents;

/**
 * The live console push (issue 8): every alert message goes, as an {@code alert} event, to the open alert centers of
 * the organization's staff who may read alerts. Its own durable queue, so a slow or failing notice delivery never
 * holds up the console and the other way round.
 */
@ApplicationScoped
public class AlertConsoleHandler implements MessageHandler {

    static final String QUEUE = "anju.alerts.console";

    @Inject
    LiveEvents live;

    @Override
    public String address() {
        return AlertMessages.ADDRESS;
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public void handle(InboundMessage m) {
        live.toPermission(AlertPermissions.READ, "alert", m.body());
    }
}
