/** The outbox table of each organization's schema and (next) its relay to Artemis and the queue consumers. */
package org.anju.messaging.infrastructure;
