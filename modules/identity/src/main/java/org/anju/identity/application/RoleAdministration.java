package org.anju.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.identity.domain.Role;
import org.anju.identity.infrastructure.IdentityStore;
import org.anju.kernel.api.ProblemException;
import org.anju.security.api.PermissionCatalogue;
import org.anju.tenancy.api.OrganizationKind;

/**
 * Roles of the caller's organization. A role may grant only what the permission catalogue offers to the
 * organization's kind; built-in roles are fixed; a role still held by users cannot be deleted.
 */
@ApplicationScoped
@Transactional
public class RoleAdministration {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    /** A role and how many users hold it. */
    public record Entry(Role role, long users) {
    }

    @Inject
    IdentityStore store;

    @Inject
    PermissionCatalogue catalog;

    public List<Entry> list() {
        return store.roles().stream().map(r -> new Entry(r, store.usersWithRole(r.id()))).toList();
    }

    public Entry get(long id) {
        Role r = find(id);
        return new Entry(r, store.usersWithRole(id));
    }

    public Role create(String code, String name, String description, List<String> permissions, OrganizationKind kind) {
        ProblemException.Violations v = new ProblemException.Violations();
        if (code == null || !CODE.matcher(code).matches()) {
            v.add("code", "identity.validation.role.code");
        }
        Set<String> granted = checkPermissions(permissions, kind, v);
        v.throwIfAny();
        if (store.roleByCode(code).isPresent()) {
            throw ProblemException.conflict("role-exists", code);
        }
        Role role = new Role(code, name.trim(), blank(description), granted, Instant.now());
        store.add(role);
        return role;
    }

    public Role update(long id, String name, String description, List<String> permissions, OrganizationKind kind) {
        Role role = find(id);
        if (role.builtin()) {
            throw ProblemException.conflict("role-builtin", role.code());
        }
        ProblemException.Violations v = new ProblemException.Violations();
        Set<String> granted = checkPermissions(permissions, kind, v);
        v.throwIfAny();
        role.change(name.trim(), blank(description), granted, Instant.now());
        return role;
    }

    public void delete(long id) {
        Role role = find(id);
        if (role.builtin()) {
            throw ProblemException.conflict("role-builtin", role.code());
        }
        if (store.usersWithRole(id) > 0) {
            throw ProblemException.conflict("role-in-use", role.code());
        }
        store.remove(role);
    }

    private Set<String> checkPermissions(List<String> permissions, OrganizationKind kind, ProblemException.Violations v) {
        Set<String> granted = new TreeSet<>();
        List<String> list = permissions == null ? List.of() : permissions;
        for (int i = 0; i < list.size(); i++) {
            String p = list.get(i) == null ? "" : list.get(i).trim();
            if (!catalog.grantable(p, kind)) {
                v.add("permissions[" + i + "]", "identity.validation.permission.unknown", p);
            } else {
                granted.add(p);
            }
        }
        return granted;
    }

    private Role find(long id) {
        return store.role(id).orElseThrow(() -> ProblemException.notFound("role-not-found", id));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
