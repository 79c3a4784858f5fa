package org.anju.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;

import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.apache.shiro.authz.annotation.RequiresUser;
import org.junit.jupiter.api.Test;

/**
 * DESIGN "Security": every REST method declares its permission ({@code @RequiresPermissions}, or at least
 * {@code @RequiresAuthentication}) or is explicitly public ({@code @PermitAll}). Lists every resource method of
 * every module and fails on any that does neither.
 */
class EndpointPermissionTest {

    private static final Set<Class<? extends Annotation>> HTTP = Set.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class);
    private static final Set<Class<? extends Annotation>> DECLARED = Set.of(RequiresPermissions.class,
            RequiresAuthentication.class, RequiresRoles.class, RequiresUser.class, PermitAll.class);

    @Test
    void everyResourceMethodDeclaresItsPermissionOrIsPublic() {
        List<String> resourceMethods = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        for (JavaClass c : ArchitectureTest.CLASSES) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            boolean classDeclares = DECLARED.stream().anyMatch(c::isAnnotatedWith);
            for (JavaMethod m : c.getMethods()) {
                if (HTTP.stream().noneMatch(m::isAnnotatedWith)) {
                    continue;
                }
                resourceMethods.add(c.getSimpleName() + "." + m.getName());
                if (!classDeclares && DECLARED.stream().noneMatch(m::isAnnotatedWith)) {
                    undeclared.add(c.getName() + "." + m.getName());
                }
            }
        }
        assertThat(resourceMethods).as("resource methods found").hasSizeGreaterThan(15)
                .contains("OrganizationResource.create", "UserResource.create", "AuthResource.login");
        assertThat(undeclared).as("resource methods without a declared permission").isEmpty();
    }

    @Test
    void onlyTheseMethodsArePublic() {
        List<String> publicMethods = new ArrayList<>();
        for (JavaClass c : ArchitectureTest.CLASSES) {
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(PermitAll.class) || (c.isAnnotatedWith(PermitAll.class) && HTTP.stream().anyMatch(m::isAnnotatedWith))) {
                    publicMethods.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(publicMethods).containsExactlyInAnyOrder("AuthResource.login", "PublicBrandingResource.branding",
                "PublicServiceWindowResource.projects", "PublicServiceWindowResource.serviceWindow",
                "PaymentResource.sandboxNotify", "PaymentResource.channelNotify");
    }
}
