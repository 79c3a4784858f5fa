/**
 * Audit (P2): every Envers revision records who acted and, where one is given, why. Services give the reason with
 * {@link org.anju.audit.api.AuditReason}.
 */
package org.anju.audit.api;
