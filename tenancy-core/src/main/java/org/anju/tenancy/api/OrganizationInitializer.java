package org.anju.tenancy.api;

/**
 * Provisioning hook: each capability that needs initial data in a new organization's schema (its first admin
 * user, default settings) implements this as a CDI bean. Called after the schema is migrated, inside
 * {@link TenantScope} of the new organization and one JTA transaction; an exception undoes the whole provisioning.
 */
public interface OrganizationInitializer {

    /** Lower runs first. */
    default int order() {
        return 100;
    }

    void initialize(NewOrganization organization);
}
