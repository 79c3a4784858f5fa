package org.anju.security.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.security.application.PasswordChange;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user: portals build their menus from its organization kind and permissions. */
@Path("/me")
@Tag(name = "auth")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    OrganizationDirectory organizations;

    @Inject
    @ConfigProperty(name = "anju.platform.name", defaultValue = "安居公租房运营平台")
    String platformName;

    @Inject
    PasswordChange passwords;

    @GET
    @RequiresAuthentication
    @Operation(summary = "Who am I: user, organization, roles and permissions")
    public UserView me() {
        AnjuPrincipal p = CurrentPrincipal.require();
        String name = p.tenant().isPlatform() ? platformName
                : organizations.byCode(p.organizationCode()).map(OrganizationRef::branding)
                        .map(b -> b.displayName()).orElse(p.organizationCode());
        return UserView.of(p, name);
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresAuthentication
    @Operation(summary = "Change my password (current password required); my other sessions end")
    public Response changePassword(@NotNull @Valid ChangePasswordRequest body) {
        passwords.change(CurrentPrincipal.require(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    /** The current password, and the new one. */
    public record ChangePasswordRequest(@NotBlank @Size(max = 128) String currentPassword,
                                        @NotBlank @Size(max = 64) String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }
}
