package org.anju.security.api;

import java.io.Serializable;
import java.util.Set;

import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.TenantId;

/**
 * Who is signed in: organization, user, roles and permissions. The tenant of every request is taken from here
 * and from nowhere else (a host name or path only picks the login page's branding).
 */
public record AnjuPrincipal(
        String organizationCode,
        OrganizationKind organizationKind,
        TenantId tenant,
        long subjectId,
        String username,
        String displayName,
        Set<String> roles,
        Set<String> permissions,
        String tokenHash,
        boolean mustChangePassword) implements Serializable {

    /** The actor name written into audit records: {@code username@organization}. */
    public String actor() {
        return username + "@" + organizationCode;
    }

    @Override
    public String toString() {
        return actor();
    }
}
