package org.anju.security.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.security.api.Account;
import org.anju.security.api.AccountDirectory;
import org.anju.security.api.AccountStatus;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.LockoutPolicy;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;

/**
 * Password sign-in for all four audiences. The organization is named by the client ({@code platform} for platform
 * admins); the account is looked up in that organization's own schema, so the same username in two organizations
 * are two accounts, with two lockout counters.
 *
 * <p>Order of checks: organization suspended or unavailable (public facts, checked before spending a hash); then
 * lock; then password (an unknown user costs the same hash, so timing tells nothing); then disabled (told only to
 * whoever knows the password). Passwords and tokens are never logged.
 */
@ApplicationScoped
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AccountDirectories accountDirectories;

    @Inject
    ShiroPasswordHasher hasher;

    @Inject
    TokenService tokens;

    @Inject
    Transactions transactions;

    @Inject
    PermissionCatalog catalog;

    @Inject
    @ConfigProperty(name = "anju.auth.lockout.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "anju.auth.lockout.window", defaultValue = "PT15M")
    Duration lockoutWindow;

    @Inject
    @ConfigProperty(name = "anju.auth.lockout.duration", defaultValue = "PT15M")
    Duration lockoutDuration;

    @Inject
    @ConfigProperty(name = "anju.platform.name", defaultValue = "安居公租房运营平台")
    String platformName;

    @Inject
    @Metric(name = "anju_login_failures_total", description = "Refused sign-ins (wrong password, locked, disabled)")
    Counter failures;

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(maxAttempts, lockoutWindow, lockoutDuration);
    }

    public SignedIn login(String organizationCode, String username, String password, String clientIp) {
        String orgCode = organizationCode.trim().toLowerCase(java.util.Locale.ROOT);
        TenantId tenant;
        OrganizationKind kind;
        String orgName;
        if (TenantId.PLATFORM_CODE.equals(orgCode)) {
            tenant = TenantId.PLATFORM;
            kind = OrganizationKind.PLATFORM;
            orgName = platformName;
        } else {
            Optional<OrganizationRef> ref = organizations.byCode(orgCode);
            if (ref.isEmpty() || !TenantId.isValidOrganizationCode(orgCode)) {
                hasher.burn(password);
                throw refuse(AuthenticationFailure.invalidCredentials(), orgCode, username, clientIp);
            }
            OrganizationRef org = ref.get();
            if (org.suspended()) {
                throw refuse(new AuthenticationFailure(403, "organization-suspended", org.name(),
                        org.statusReason() == null ? "" : org.statusReason()), orgCode, username, clientIp);
            }
            if (!org.available()) {
                throw new AuthenticationFailure(new ProblemException(503, "organization-unavailable", org.code(),
                        org.migrationError() == null ? org.migrationStatus().name() : org.migrationError()));
            }
            tenant = org.tenant();
            kind = org.kind();
            orgName = org.branding().displayName();
        }
        AccountDirectory directory = accountDirectories.of(tenant);
        String user = username.trim();
        Optional<Account> found = TenantScope.call(tenant, "anonymous", () ->
                transactions.inNew(() -> directory.findByUsername(user)));
        Instant now = Instant.now();
        if (found.isEmpty()) {
            hasher.burn(password);
            throw refuse(AuthenticationFailure.invalidCredentials(), orgCode, user, clientIp);
        }
        Account account = found.get();
        if (LockoutPolicy.isLocked(account.lockedUntil(), now)) {
            throw refuse(locked(account.lockedUntil(), now), orgCode, user, clientIp);
        }
        if (!hasher.matches(password, account.passwordHash())) {
            LockoutPolicy policy = lockoutPolicy();
            Account after = TenantScope.call(tenant, user + "@" + orgCode, () ->
                    transactions.inNew(() -> directory.recordFailure(account.id(), now, policy)));
            if (LockoutPolicy.isLocked(after.lockedUntil(), now)) {
                throw refuse(locked(after.lockedUntil(), now), orgCode, user, clientIp);
            }
            throw refuse(AuthenticationFailure.invalidCredentials(), orgCode, user, clientIp);
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw refuse(new AuthenticationFailure(403, "account-disabled"), orgCode, user, clientIp);
        }
        TenantScope.call(tenant, user + "@" + orgCode, () -> {
            transactions.runInNew(() -> directory.recordSuccess(account.id(), now));
            return null;
        });
        TokenService.Issued issued = tokens.issue(orgCode, account.id(), account.username(), clientIp);
        AnjuPrincipal principal = new AnjuPrincipal(orgCode, kind, tenant, account.id(), account.username(),
                account.displayName(), account.roles(), catalog.effective(kind, account.permissions()), issued.hash(),
                account.mustChangePassword());
        LOG.info(() -> "Signed in " + principal.actor() + " from " + clientIp);
        return new SignedIn(issued, principal, orgName);
    }

    private AuthenticationFailure locked(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
        return new AuthenticationFailure(new ProblemException(403, "account-locked", minutes).with("lockedUntil", until));
    }

    private AuthenticationFailure refuse(AuthenticationFailure failure, String org, String user, String ip) {
        failures.inc();
        LOG.info(() -> "Sign-in refused (" + failure.problem().code() + ") for " + user + "@" + org + " from " + ip);
        return failure;
    }
}
