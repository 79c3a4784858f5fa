package org.anju.security.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.security.api.Account;
import org.anju.security.api.AccountStatus;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.application.AccountDirectories;
import org.anju.security.application.AuthenticationFailure;
import org.anju.security.application.PermissionCatalog;
import org.anju.security.application.TokenService;
import org.anju.security.domain.AccessToken;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * The one Shiro realm: authenticates bearer tokens. A token is good when it is known, not revoked, not expired, its
 * organization is active and available, and its account still exists and is active; the account's roles and
 * permissions are read now, so a role change or a disabled user takes effect on the next request.
 *
 * <p>The lookup of the token is the credential check, hence the allow-all matcher. Dependent scope: Shiro's
 * realms have final methods, which a normal-scoped CDI proxy cannot intercept; the security manager holds the one instance.
 */
@Dependent
public class AnjuRealm extends AuthorizingRealm {

    @Inject
    TokenService tokens;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AccountDirectories accounts;

    @Inject
    Transactions transactions;

    @Inject
    PermissionCatalog catalog;

    public AnjuRealm() {
        setName("anju");
        setAuthenticationTokenClass(BearerToken.class);
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        AccessToken stored = tokens.validate(((BearerToken) token).getToken());
        String orgCode = stored.organizationCode();
        TenantId tenant;
        OrganizationKind kind;
        if (TenantId.PLATFORM_CODE.equals(orgCode)) {
            tenant = TenantId.PLATFORM;
            kind = OrganizationKind.PLATFORM;
        } else {
            OrganizationRef org = organizations.byCode(orgCode)
                    .orElseThrow(() -> new AuthenticationFailure(401, "token-invalid"));
            if (org.suspended()) {
                throw new AuthenticationFailure(403, "organization-suspended", org.name(),
                        org.statusReason() == null ? "" : org.statusReason());
            }
            if (!org.available()) {
                throw new AuthenticationFailure(new ProblemException(503, "organization-unavailable", org.code(),
                        org.migrationError() == null ? org.migrationStatus().name() : org.migrationError()));
            }
            tenant = org.tenant();
            kind = org.kind();
        }
        Account account = TenantScope.call(tenant, stored.username() + "@" + orgCode, () ->
                transactions.inNew(() -> accounts.of(tenant).findById(stored.subjectId())))
                .orElseThrow(() -> new AuthenticationFailure(401, "token-invalid"));
        if (account.status() != AccountStatus.ACTIVE) {
            throw new AuthenticationFailure(403, "account-disabled");
        }
        AnjuPrincipal principal = new AnjuPrincipal(orgCode, kind, tenant, account.id(), account.username(),
                account.displayName(), account.roles(), catalog.effective(kind, account.permissions()), stored.tokenHash(),
                account.mustChangePassword());
        return new SimpleAuthenticationInfo(principal, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AnjuPrincipal p = principals.oneByType(AnjuPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(p == null ? java.util.Set.of() : p.roles());
        info.setStringPermissions(p == null ? java.util.Set.of() : p.permissions());
        return info;
    }
}
