package org.anju.tenancy.api;

/** Life of an organization in the registry. Suspension keeps the data and refuses sign-ins and tokens. */
public enum OrganizationStatus {
    PROVISIONING, ACTIVE, SUSPENDED
}
