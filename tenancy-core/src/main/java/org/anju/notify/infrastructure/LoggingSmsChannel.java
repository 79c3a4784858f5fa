package org.anju.notify.infrastructure;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.notify.api.SmsChannel;
import org.anju.privacy.api.Masks;

/**
 * Development channel: delivers nothing, writes the message to the server log (phone masked) and keeps the whole body
 * in the SMS log, so that a developer or a test can read a one-time code. Never configure it in production.
 */
@ApplicationScoped
public class LoggingSmsChannel implements SmsChannel {

    private static final Logger LOG = Logger.getLogger(LoggingSmsChannel.class.getName());

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String deliver(String phone, String purpose, String body) {
        LOG.info("SMS (development channel, not sent) to " + Masks.phone(phone) + " [" + purpose + "]: " + body);
        return body;
    }
}
