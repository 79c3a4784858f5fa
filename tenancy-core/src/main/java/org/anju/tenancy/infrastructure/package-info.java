/**
 * How tenancy is made real: the database bootstrap, Liquibase per schema, Hibernate's schema multi-tenancy
 * (connection provider and tenant resolver), the registry repository and the cached organization directory.
 */
package org.anju.tenancy.infrastructure;
