/** Alert storage by plain SQL in the current organization's schema: alerts, evidence, their event log and settings. */
package org.anju.alerts.infrastructure;
