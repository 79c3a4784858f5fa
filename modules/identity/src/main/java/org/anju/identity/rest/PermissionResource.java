package org.anju.identity.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.identity.api.IdentityPermissions;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.RequestLocale;
import org.anju.security.api.CurrentPrincipal;
import org.anju.security.api.PermissionCatalogue;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The permissions a role of the caller's organization may grant. */
@Path("/permissions")
@Tag(name = "roles")
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {

    @Inject
    PermissionCatalogue catalog;

    @GET
    @RequiresPermissions(IdentityPermissions.ROLE_READ)
    @Operation(summary = "Grantable permissions, labelled in the caller's language")
    public List<RoleDtos.PermissionView> permissions() {
        boolean english = Messages.EN.getLanguage().equals(RequestLocale.current().getLanguage());
        return catalog.forKind(CurrentPrincipal.require().organizationKind()).stream()
                .map(d -> new RoleDtos.PermissionView(d.permission(), d.group(), english ? d.labelEn() : d.labelZh()))
                .toList();
    }
}
