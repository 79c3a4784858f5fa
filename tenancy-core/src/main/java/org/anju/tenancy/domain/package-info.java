/**
 * The registry (schema {@code platform}): {@link org.anju.tenancy.domain.Organization} with its branding and
 * appointment record, and the migration state of each organization schema.
 */
package org.anju.tenancy.domain;
