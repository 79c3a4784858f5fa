package org.anju.identity.api;

/**
 * Sign-in accounts of residents (the built-in role {@code resident}): leasing creates them for household members.
 * Joins the caller's transaction in the organization's scope.
 */
public interface ResidentAccounts {

    /**
     * Creates an account with a temporary password (the resident must change it at first sign-in); refuses a taken
     * username (409) or a weak password (400 on field {@code password}).
     */
    long create(String username, String displayName, String password);

    /** Whether the account exists and is active. */
    boolean active(long userId);
}
