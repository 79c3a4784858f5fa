package org.anju.tenancy.api;

/**
 * What an organization is. {@code OPERATOR} (运营单位) runs housing; {@code AUTHORITY} (住房保障主管部门) supervises
 * the operators inside its jurisdiction, read-only (P6). {@code PLATFORM} is never stored in the registry: it is the
 * kind of the platform admins' pseudo organization, so that every signed-in principal has one kind.
 */
public enum OrganizationKind {
    OPERATOR, AUTHORITY, PLATFORM
}
