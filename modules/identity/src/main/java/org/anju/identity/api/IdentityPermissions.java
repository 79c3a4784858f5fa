package org.anju.identity.api;

/** Permissions of staff administration (users and roles of one's own organization). */
public final class IdentityPermissions {

    public static final String USER_READ = "user:read";
    public static final String USER_CREATE = "user:create";
    public static final String USER_UPDATE = "user:update";
    public static final String USER_DISABLE = "user:disable";
    public static final String USER_RESET_PASSWORD = "user:reset-password";
    public static final String ROLE_READ = "role:read";
    public static final String ROLE_WRITE = "role:write";

    /** Residents' own portal (their household, lease, bills, repairs as those capabilities arrive). */
    public static final String RESIDENT_PORTAL = "resident:portal";

    /** The built-in role of residents' accounts. */
    public static final String RESIDENT_ROLE = "resident";

    /** The built-in administrator role every organization starts with. */
    public static final String ADMIN_ROLE = "org_admin";

    private IdentityPermissions() {
    }
}
