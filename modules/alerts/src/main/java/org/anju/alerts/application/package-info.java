/**
 * Alert use cases: raising from findings (one open alert per subject and type, repeats add evidence), the lifecycle
 * steps with their permission checks, event observers and the scheduled passes per organization, escalation, the
 * outbox messages of every change, and the handler that turns those messages into in-app notices.
 */
package org.anju.alerts.application;
