package org.anju.security.api;

import java.util.List;

/**
 * Each capability declares the permissions it checks, as a CDI bean implementing this; roles may only grant
 * permissions from the catalogue (or a {@code group:*} wildcard over one of its groups), so no organization user can
 * ever hold a platform permission.
 */
public interface PermissionContributor {

    List<PermissionDescriptor> permissions();
}
