package org.anju.identity.api;

import java.util.Map;

/** The roles of the current organization, for capabilities that name roles in their own settings (approval steps). */
public interface RoleDirectory {

    /** Role code → display name, of every role of the organization in scope. */
    Map<String, String> roles();
}
