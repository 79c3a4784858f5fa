package org.anju.identity.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditReason;
import org.anju.audit.api.AuditTrail;
import org.anju.identity.api.IdentityPermissions;
import org.anju.identity.domain.Role;
import org.anju.identity.domain.StaffUser;
import org.anju.identity.infrastructure.IdentityStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.security.api.AccountStatus;
import org.anju.security.api.PasswordHasher;
import org.anju.security.api.PasswordPolicy;

/**
 * Staff users of the caller's organization. An organization must keep at least one active administrator, and
 * nobody can disable themselves: both would lock the organization out of its own console.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    /** A new staff user. */
    public record NewUser(String username, String displayName, String email, String password, List<String> roles) {
        @Override
        public String toString() {
            return "NewUser[" + username + "]";
        }
    }

    @Inject
    IdentityStore store;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    public Page<StaffUser> search(String text, AccountStatus status, String role, PageRequest page) {
        return store.users(text, status, role, page);
    }

    public StaffUser get(long id) {
        return store.user(id).orElseThrow(() -> ProblemException.notFound("user-not-found", id));
    }

    public StaffUser create(NewUser spec) {
        ProblemException.Violations v = new ProblemException.Violations();
        PasswordPolicy.violation(spec.password(), spec.username()).ifPresent(k -> v.add("password", k));
        List<Role> roles = resolveRoles(spec.roles(), v);
        v.throwIfAny();
        if (store.userByUsername(spec.username()).isPresent()) {
            throw ProblemException.conflict("user-exists", spec.username());
        }
        StaffUser user = new StaffUser(spec.username().trim(), spec.displayName().trim(), blankToNull(spec.email()),
                hasher.hash(spec.password()), roles, Instant.now());
        store.add(user);
        return user;
    }

    public StaffUser update(long id, String displayName, String email) {
        StaffUser user = get(id);
        user.rename(displayName.trim(), blankToNull(email), Instant.now());
        return user;
    }

    public StaffUser assignRoles(long id, List<String> roleCodes, long actingUserId) {
        ProblemException.Violations v = new ProblemException.Violations();
        List<Role> roles = resolveRoles(roleCodes, v);
        v.throwIfAny();
        StaffUser user = get(id);
        boolean losesAdmin = user.hasRole(IdentityPermissions.ADMIN_ROLE)
                && roles.stream().noneMatch(r -> r.code().equals(IdentityPermissions.ADMIN_ROLE));
        if (losesAdmin && user.status() == AccountStatus.ACTIVE
                && store.activeUsersWithRole(IdentityPermissions.ADMIN_ROLE) <= 1) {
            throw ProblemException.conflict("last-admin");
        }
        user.assignRoles(roles, Instant.now());
        return user;
    }

    public StaffUser disable(long id, long actingUserId, String reason) {
        if (id == actingUserId) {
            throw ProblemException.conflict("user-self");
        }
        StaffUser user = get(id);
        if (user.hasRole(IdentityPermissions.ADMIN_ROLE) && user.status() == AccountStatus.ACTIVE
                && store.activeUsersWithRole(IdentityPermissions.ADMIN_ROLE) <= 1) {
            throw ProblemException.conflict("last-admin");
        }
        if (reason != null && !reason.isBlank()) {
            AuditReason.set(reason.trim());
        }
        user.disable(Instant.now());
        return user;
    }

    public StaffUser enable(long id) {
        StaffUser user = get(id);
        user.enable(Instant.now());
        return user;
    }

    /** An administrator sets a temporary password; the user's tokens are revoked by the caller after commit. */
    public StaffUser resetPassword(long id, String newPassword) {
        StaffUser user = get(id);
        PasswordPolicy.violation(newPassword, user.username()).ifPresent(k -> {
            throw ProblemException.invalid("password", k);
        });
        user.changePassword(hasher.hash(newPassword), true, Instant.now());
        return user;
    }

    /** Who changed the user's name, e-mail, status and roles, when and why (P2). */
    public List<AuditEntry> history(long id) {
        get(id);
        return audit.history(StaffUser.class, id, u -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("username", u.username());
            s.put("displayName", u.displayName());
            s.put("email", u.email());
            s.put("status", u.status());
            Set<String> roles = new TreeSet<>();
            u.roles().forEach(r -> roles.add(r.code()));
            s.put("roles", roles);
            return s;
        });
    }

    private List<Role> resolveRoles(List<String> codes, ProblemException.Violations v) {
        List<String> wanted = codes == null ? List.of() : codes.stream().distinct().toList();
        List<Role> found = store.rolesByCode(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            String code = wanted.get(i);
            if (found.stream().noneMatch(r -> r.code().equals(code))) {
                v.add("roles[" + i + "]", "identity.validation.role.unknown", code);
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
