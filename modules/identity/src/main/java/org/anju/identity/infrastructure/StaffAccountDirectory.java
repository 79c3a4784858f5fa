package org.anju.identity.infrastructure;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.identity.domain.StaffUser;
import org.anju.security.api.Account;
import org.anju.security.api.AccountDirectory;
import org.anju.security.api.LockoutPolicy;
import org.anju.tenancy.api.TenantId;

/** The accounts of every organization schema, for the Shiro realm and sign-in. */
@ApplicationScoped
public class StaffAccountDirectory implements AccountDirectory {

    @Inject
    IdentityStore store;

    @Override
    public boolean serves(TenantId tenant) {
        return !tenant.isPlatform();
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return store.userByUsername(username).map(StaffAccountDirectory::toAccount);
    }

    @Override
    public Optional<Account> findById(long id) {
        return store.user(id).map(StaffAccountDirectory::toAccount);
    }

    @Override
    public Account recordFailure(long id, Instant now, LockoutPolicy policy) {
        StaffUser user = store.userForUpdate(id);
        user.recordFailure(now, policy);
        return toAccount(user);
    }

    @Override
    public void recordSuccess(long id, Instant now) {
        store.userForUpdate(id).recordSuccess(now);
    }

    @Override
    public void changePassword(long id, String newHash, Instant now) {
        store.userForUpdate(id).changePassword(newHash, false, now);
    }

    private static Account toAccount(StaffUser u) {
        return new Account(u.id(), u.username(), u.displayName(), u.passwordHash(), u.status(),
                u.failedLoginCount(), u.firstFailedAt(), u.lockedUntil(), u.roleCodes(), u.permissions(),
                u.mustChangePassword());
    }
}
