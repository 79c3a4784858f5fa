package org.anju.security.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.ProblemException;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresGuest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.apache.shiro.authz.annotation.RequiresUser;
import org.apache.shiro.authz.aop.AuthenticatedAnnotationHandler;
import org.apache.shiro.authz.aop.AuthorizingAnnotationHandler;
import org.apache.shiro.authz.aop.GuestAnnotationHandler;
import org.apache.shiro.authz.aop.PermissionAnnotationHandler;
import org.apache.shiro.authz.aop.RoleAnnotationHandler;
import org.apache.shiro.authz.aop.UserAnnotationHandler;

/**
 * Shiro's authorization annotations on resource methods (or their class): {@code @RequiresPermissions},
 * {@code @RequiresAuthentication}, {@code @RequiresRoles}, {@code @RequiresUser}, {@code @RequiresGuest}, checked by
 * Shiro's own handlers against the request's subject before the method runs. Refusals are Shiro exceptions, answered
 * as problems by {@link AuthorizationExceptionMapper}.
 *
 * <p>Our own small feature rather than {@code shiro-jaxrs}: that module's {@code @Provider ShiroFeature} is picked up by
 * scanning and brings exception mappers that answer with empty bodies.
 */
@Provider
public class ShiroAuthorizationFeature implements DynamicFeature {

    private static final Map<Class<? extends Annotation>, AuthorizingAnnotationHandler> HANDLERS = Map.of(
            RequiresPermissions.class, new PermissionAnnotationHandler(),
            RequiresRoles.class, new RoleAnnotationHandler(),
            RequiresAuthentication.class, new AuthenticatedAnnotationHandler(),
            RequiresUser.class, new UserAnnotationHandler(),
            RequiresGuest.class, new GuestAnnotationHandler());

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        List<Annotation> checks = new ArrayList<>();
        for (Class<? extends Annotation> kind : HANDLERS.keySet()) {
            Annotation a = method.getAnnotation(kind);
            if (a == null) {
                a = type.getAnnotation(kind);
            }
            if (a != null) {
                checks.add(a);
            }
        }
        if (!checks.isEmpty()) {
            context.register(new Check(List.copyOf(checks)));
        }
    }

    /** The checks of one resource method. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final List<Annotation> annotations;

        Check(List<Annotation> annotations) {
            this.annotations = annotations;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            // A temporary password (set by an administrator, or a new resident account) opens only what is needed to
            // replace it — /me, /me/password, logout (@RequiresAuthentication) — never data behind a permission.
            boolean guarded = annotations.stream().anyMatch(a -> a instanceof RequiresPermissions || a instanceof RequiresRoles);
            if (guarded && CurrentPrincipal.get().map(AnjuPrincipal::mustChangePassword).orElse(false)) {
                throw new ProblemException(403, "password-change-required");
            }
            for (Annotation a : annotations) {
                HANDLERS.get(a.annotationType()).assertAuthorized(a);
            }
        }
    }
}
