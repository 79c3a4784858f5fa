package org.anju.security.api;

import java.util.Set;

import org.anju.tenancy.api.OrganizationKind;

/**
 * Which portal a signed-in user belongs to (P5): the platform console, an operator's staff console, an authority's
 * supervisor console, or the resident portal (phone first). Decided from the organization kind and the permissions.
 */
public enum Audience {
    PLATFORM, OPERATOR, AUTHORITY, RESIDENT;

    /** The permission prefix of the resident portal. */
    public static final String RESIDENT_PERMISSION_GROUP = "resident:";

    public static Audience of(OrganizationKind kind, Set<String> permissions) {
        return switch (kind) {
            case PLATFORM -> PLATFORM;
            case AUTHORITY -> AUTHORITY;
            case OPERATOR -> !permissions.isEmpty()
                    && permissions.stream().allMatch(p -> p.startsWith(RESIDENT_PERMISSION_GROUP)) ? RESIDENT : OPERATOR;
        };
    }
}
