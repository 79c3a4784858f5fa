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

    /** The built-in administrator role every organization starts with. */
    public static final String ADMIN_ROLE = "org_admin";

    private IdentityPermissions() {
    }
}
