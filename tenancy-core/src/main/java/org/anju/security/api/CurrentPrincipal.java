package org.anju.security.api;

import java.util.Optional;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/** The principal of the current request, if it carries a valid token. */
public final class CurrentPrincipal {

    private CurrentPrincipal() {
    }

    public static Optional<AnjuPrincipal> get() {
        try {
            Subject subject = SecurityUtils.getSubject();
            Object p = subject == null ? null : subject.getPrincipal();
            return p instanceof AnjuPrincipal principal ? Optional.of(principal) : Optional.empty();
        } catch (UnavailableSecurityManagerException | IllegalStateException e) {
            return Optional.empty(); // outside a request: jobs, consumers
        }
    }

    /** Whether the signed-in user holds a permission (Shiro wildcard semantics: {@code pii:*} implies {@code pii:read}). */
    public static boolean permitted(String permission) {
        try {
            Subject subject = SecurityUtils.getSubject();
            return subject != null && subject.getPrincipal() instanceof AnjuPrincipal && subject.isPermitted(permission);
        } catch (UnavailableSecurityManagerException | IllegalStateException e) {
            return false;
        }
    }

    public static AnjuPrincipal require() {
        return get().orElseThrow(() -> new org.apache.shiro.authz.UnauthenticatedException("not signed in"));
    }
}
