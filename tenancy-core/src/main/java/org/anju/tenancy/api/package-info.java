/**
 * What other modules may use of tenancy: {@link org.anju.tenancy.api.TenantId}, {@link org.anju.tenancy.api.TenantContext},
 * {@link org.anju.tenancy.api.TenantScope}, the read-only organization directory and the provisioning hooks.
 * Requirement P1: every piece of data belongs to exactly one tenant, and code that has no tenant fails closed.
 */
package org.anju.tenancy.api;
