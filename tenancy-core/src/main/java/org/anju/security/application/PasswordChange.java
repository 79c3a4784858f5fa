package org.anju.security.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.security.api.Account;
import org.anju.security.api.AccountDirectory;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.PasswordHasher;
import org.anju.security.api.PasswordPolicy;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;

/**
 * A signed-in user changes their own password: the current one is checked, the new one meets the policy, and every
 * other token of the account is revoked (the one in use stays valid).
 */
@ApplicationScoped
public class PasswordChange {

    @Inject
    AccountDirectories directories;

    @Inject
    PasswordHasher hasher;

    @Inject
    Transactions transactions;

    @Inject
    TokenService tokens;

    public void change(AnjuPrincipal principal, String current, String next) {
        TenantId tenant = principal.tenant();
        AccountDirectory directory = directories.of(tenant);
        Account account = TenantScope.call(tenant, principal.actor(), () -> transactions.inNew(() ->
                directory.findById(principal.subjectId()))).orElseThrow();
        if (!hasher.matches(current, account.passwordHash())) {
            throw ProblemException.invalid("currentPassword", "validation.password.current");
        }
        PasswordPolicy.violation(next, account.username()).ifPresent(k -> {
            throw ProblemException.invalid("newPassword", k);
        });
        String hash = hasher.hash(next);
        TenantScope.call(tenant, principal.actor(), () -> {
            transactions.runInNew(() -> directory.changePassword(account.id(), hash, Instant.now()));
            return null;
        });
        tokens.revokeAllExcept(principal.organizationCode(), account.id(), principal.tokenHash());
    }
}
