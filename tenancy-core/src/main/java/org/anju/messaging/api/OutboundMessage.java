package org.anju.messaging.api;

import java.util.Objects;

/**
 * A message to publish. The tenant is the caller's (TenantContext) and travels as a property of the message.
 *
 * @param address the Artemis address (multicast: every queue bound to it gets a copy), e.g. {@code anju.alerts}
 * @param type    what happened, for handlers that take several kinds, e.g. {@code AlertOpened}
 * @param key     the message's identity within the tenant and address: enqueuing the same key again is ignored, and
 *                handlers see it as the message id they de-duplicate by (e.g. {@code alert-42-opened})
 * @param body    JSON
 */
public record OutboundMessage(String address, String type, String key, String body) {

    public OutboundMessage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        if (key.length() > 200) {
            throw new IllegalArgumentException("key longer than 200 characters");
        }
    }
}
