package org.anju.tenancy.api;

/**
 * Handed to every {@link OrganizationInitializer} while an organization is provisioned, inside the new tenant's
 * scope and transaction. The admin password is only here, in memory, long enough to be hashed.
 */
public record NewOrganization(String code, OrganizationKind kind, String name,
                              String adminUsername, String adminPassword, String adminDisplayName) {

    @Override
    public String toString() {
        return "NewOrganization[" + code + ", " + kind + ", admin=" + adminUsername + "]";
    }
}
