package org.anju.security.infrastructure;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.anju.security.api.Account;
import org.anju.security.api.AccountDirectory;
import org.anju.security.api.LockoutPolicy;
import org.anju.security.domain.PlatformAdmin;
import org.anju.tenancy.api.TenantId;

/** Platform admins as accounts: they hold every {@code platform:} permission and nothing of any organization. */
@ApplicationScoped
public class PlatformAdminAccounts implements AccountDirectory {

    public static final Set<String> ROLES = Set.of("platform_admin");
    public static final Set<String> PERMISSIONS = Set.of("platform:*");

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Override
    public boolean serves(TenantId tenant) {
        return tenant.isPlatform();
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("SELECT a FROM PlatformAdmin a WHERE a.username = :u", PlatformAdmin.class)
                .setParameter("u", username).getResultStream().findFirst().map(PlatformAdminAccounts::toAccount);
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(PlatformAdmin.class, id)).map(PlatformAdminAccounts::toAccount);
    }

    @Override
    public Account recordFailure(long id, Instant now, LockoutPolicy policy) {
        PlatformAdmin admin = em.find(PlatformAdmin.class, id, LockModeType.PESSIMISTIC_WRITE);
        admin.recordFailure(now, policy);
        return toAccount(admin);
    }

    @Override
    public void recordSuccess(long id, Instant now) {
        em.find(PlatformAdmin.class, id, LockModeType.PESSIMISTIC_WRITE).recordSuccess(now);
    }

    @Override
    public void changePassword(long id, String newHash, Instant now) {
        em.find(PlatformAdmin.class, id, LockModeType.PESSIMISTIC_WRITE).changePassword(newHash);
    }

    public boolean any() {
        return em.createQuery("SELECT COUNT(a) FROM PlatformAdmin a", Long.class).getSingleResult() > 0;
    }

    public void add(PlatformAdmin admin) {
        em.persist(admin);
    }

    private static Account toAccount(PlatformAdmin a) {
        return new Account(a.id(), a.username(), a.displayName(), a.passwordHash(), a.status(),
                a.failedLoginCount(), a.firstFailedAt(), a.lockedUntil(), ROLES, PERMISSIONS, false);
    }
}
