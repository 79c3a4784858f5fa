package org.anju.security.api;

import java.util.List;

import org.anju.tenancy.api.OrganizationKind;

/** The permissions all capabilities declare; what a role of an organization kind may grant. */
public interface PermissionCatalogue {

    List<PermissionDescriptor> forKind(OrganizationKind kind);

    /** Whether a role of an organization of {@code kind} may grant {@code permission} (exact, or {@code group:*}). */
    boolean grantable(String permission, OrganizationKind kind);

    /** The rule itself, over the permissions offered to one kind. */
    static boolean grantable(String permission, List<PermissionDescriptor> offered) {
        if (permission == null || permission.isBlank()) {
            return false;
        }
        if (permission.endsWith(":*")) {
            String group = permission.substring(0, permission.length() - 1);
            return !group.equals(":") && !group.contains("*") && offered.stream().anyMatch(d -> d.permission().startsWith(group));
        }
        return offered.stream().anyMatch(d -> d.permission().equals(permission));
    }
}
