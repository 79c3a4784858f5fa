package org.anju.messaging.api;

import org.anju.tenancy.api.TenantId;

/**
 * A message as a handler receives it.
 *
 * @param tenant        whose message it is (the handler already runs inside this tenant's scope)
 * @param messageId     the sender's key: the same message delivered twice has the same id
 * @param deliveryCount 1 the first time; more after a handler failed and it was redelivered
 */
public record InboundMessage(TenantId tenant, String address, String queue, String type, String messageId, String body,
                             int deliveryCount) {
}
