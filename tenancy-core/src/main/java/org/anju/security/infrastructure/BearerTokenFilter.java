package org.anju.security.infrastructure;

import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.rest.ProblemServletWriter;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.security.application.AuthenticationFailure;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.web.servlet.AdviceFilter;

/**
 * Stateless authentication of {@code /api/**}: a request with {@code Authorization: Bearer <token>} signs its subject
 * in through the realm, and the rest of the request runs inside {@link TenantScope} of the principal's organization:
 * the tenant comes from the token and from nothing else. A request without a token runs anonymous and meets the
 * permission checks of the resource.
 *
 * <p>If the request addresses an organization (header {@value #ORGANIZATION_HEADER}, or a host name that belongs to
 * one) it must be the token's own: a token of A is refused on B, even where B's ids would not resolve anyway.
 */
public class BearerTokenFilter extends AdviceFilter {

    public static final String ORGANIZATION_HEADER = "X-Anju-Organization";

    private final OrganizationDirectory organizations;

    public BearerTokenFilter(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) throws Exception {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String header = http.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return true;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ProblemServletWriter.write(http, out, new ProblemException(401, "token-invalid"));
            return false;
        }
        try {
            SecurityUtils.getSubject().login(new BearerToken(header.substring(7).trim(), request.getRemoteAddr()));
        } catch (AuthenticationFailure e) {
            ProblemServletWriter.write(http, out, e.problem());
            return false;
        } catch (AuthenticationException e) {
            ProblemServletWriter.write(http, out, new ProblemException(401, "token-invalid"));
            return false;
        }
        AnjuPrincipal principal = CurrentPrincipal.require();
        Optional<String> addressed = addressedOrganization(http);
        if (addressed.isPresent() && !addressed.get().equals(principal.organizationCode())) {
            SecurityUtils.getSubject().logout();
            ProblemServletWriter.write(http, out, new ProblemException(403, "organization-mismatch",
                    principal.organizationCode(), addressed.get()));
            return false;
        }
        return true;
    }

    private Optional<String> addressedOrganization(HttpServletRequest request) {
        String named = request.getHeader(ORGANIZATION_HEADER);
        if (named != null && !named.isBlank()) {
            return Optional.of(named.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return organizations.byHost(request.getServerName()).map(OrganizationRef::code);
    }

    @Override
    protected void executeChain(ServletRequest request, ServletResponse response, FilterChain chain) throws Exception {
        Optional<AnjuPrincipal> principal = CurrentPrincipal.get();
        if (principal.isEmpty()) {
            super.executeChain(request, response, chain);
            return;
        }
        AnjuPrincipal p = principal.get();
        TenantScope.call(p.tenant(), p.actor(), () -> {
            super.executeChain(request, response, chain);
            return null;
        });
    }
}
