package org.anju.identity.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.identity.api.IdentityPermissions;
import org.anju.identity.api.ResidentAccounts;
import org.anju.identity.domain.Role;
import org.anju.identity.domain.StaffUser;
import org.anju.identity.infrastructure.IdentityStore;
import org.anju.kernel.api.ProblemException;
import org.anju.security.api.AccountStatus;
import org.anju.security.api.PasswordHasher;
import org.anju.security.api.PasswordPolicy;

/** Residents' accounts: users holding only the built-in {@code resident} role. */
@ApplicationScoped
@Transactional
public class ResidentAccountService implements ResidentAccounts {

    @Inject
    IdentityStore store;

    @Inject
    PasswordHasher hasher;

    @Override
    public long create(String username, String displayName, String password) {
        PasswordPolicy.violation(password, username).ifPresent(k -> {
            throw ProblemException.invalid("password", k);
        });
        if (store.userByUsername(username).isPresent()) {
            throw ProblemException.conflict("user-exists", username);
        }
        Role resident = store.roleByCode(IdentityPermissions.RESIDENT_ROLE)
                .orElseThrow(() -> new IllegalStateException("role resident missing"));
        Instant now = Instant.now();
        String hash = hasher.hash(password);
        StaffUser user = new StaffUser(username.trim(), displayName.trim(), null, hash, List.of(resident), now);
        // Staff chose this password: the resident replaces it at first sign-in.
        user.changePassword(hash, true, now);
        store.add(user);
        store.em().flush();
        return user.id();
    }

    @Override
    public boolean active(long userId) {
        return store.user(userId).map(u -> u.status() == AccountStatus.ACTIVE).orElse(false);
    }
}
