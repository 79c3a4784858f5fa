/**
 * What the alerts capability offers others: permission names and the messages it publishes on the {@code anju.alerts}
 * address (types and body fields in {@link org.anju.alerts.api.AlertMessages}). Consumers read the messages, never the
 * tables.
 */
package org.anju.alerts.api;
