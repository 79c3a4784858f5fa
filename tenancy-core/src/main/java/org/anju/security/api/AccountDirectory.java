package org.anju.security.api;

import java.time.Instant;
import java.util.Optional;

import org.anju.tenancy.api.TenantId;

/**
 * Where accounts live. The platform admins live in the registry; an organization's users live in its own schema
 * and belong to the identity module. The realm picks the directory that {@link #serves} the tenant and always calls
 * it inside that tenant's {@code TenantScope}, in a transaction.
 */
public interface AccountDirectory {

    boolean serves(TenantId tenant);

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(long id);

    /** Records a failed password and, at the limit, locks the account; returns the account after the change. */
    Account recordFailure(long id, Instant now, LockoutPolicy policy);

    void recordSuccess(long id, Instant now);

    /** Sets a new password hash chosen by the account holder (clears any lock). */
    void changePassword(long id, String newHash, Instant now);
}
