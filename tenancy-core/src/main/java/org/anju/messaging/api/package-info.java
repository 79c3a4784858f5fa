/**
 * Messaging plumbing (P3, DESIGN "Messaging and devices"): messages leave a capability through the {@link
 * org.anju.messaging.api.Outbox} in the same transaction as the change they announce, are relayed to an Apache Artemis
 * address (multicast) after commit, and reach {@link org.anju.messaging.api.MessageHandler}s on durable queues inside
 * the message's tenant, once per handler (de-duplicated by message id), or a dead-letter queue with the reason.
 */
package org.anju.messaging.api;
