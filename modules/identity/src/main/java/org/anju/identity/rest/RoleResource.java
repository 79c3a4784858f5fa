package org.anju.identity.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.identity.api.IdentityPermissions;
import org.anju.identity.application.RoleAdministration;
import org.anju.identity.domain.Role;
import org.anju.kernel.api.Idempotent;
import org.anju.security.api.CurrentPrincipal;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roles of the caller's organization. */
@Path("/roles")
@Tag(name = "roles", description = "角色与权限 Roles and permissions")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    @Inject
    RoleAdministration roles;

    @GET
    @RequiresPermissions(IdentityPermissions.ROLE_READ)
    @Operation(summary = "Roles with their permissions and user counts")
    public List<RoleDtos.RoleView> list() {
        return roles.list().stream().map(RoleDtos.RoleView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(IdentityPermissions.ROLE_READ)
    @Operation(summary = "One role")
    public RoleDtos.RoleView get(@PathParam("id") long id) {
        return RoleDtos.RoleView.of(roles.get(id));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(IdentityPermissions.ROLE_WRITE)
    @Operation(summary = "Create a role granting permissions from the catalogue")
    public Response create(@NotNull @Valid RoleDtos.CreateRoleRequest body) {
        Role role = roles.create(body.code(), body.name(), body.description(), body.permissions(),
                CurrentPrincipal.require().organizationKind());
        return Response.created(URI.create("roles/" + role.id()))
                .entity(RoleDtos.RoleView.of(new RoleAdministration.Entry(role, 0))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(IdentityPermissions.ROLE_WRITE)
    @Operation(summary = "Change a role's name, description and permissions (built-in roles are fixed)")
    public RoleDtos.RoleView update(@PathParam("id") long id, @NotNull @Valid RoleDtos.UpdateRoleRequest body) {
        roles.update(id, body.name(), body.description(), body.permissions(), CurrentPrincipal.require().organizationKind());
        return RoleDtos.RoleView.of(roles.get(id));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermissions(IdentityPermissions.ROLE_WRITE)
    @Operation(summary = "Delete a role nobody holds")
    public Response delete(@PathParam("id") long id) {
        roles.delete(id);
        return Response.noContent().build();
    }
}
