package org.anju.identity.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.audit.api.AuditEntry;
import org.anju.identity.api.IdentityPermissions;
import org.anju.identity.application.UserAdministration;
import org.anju.identity.domain.StaffUser;
import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.security.api.AccountStatus;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.security.api.TokenRevocation;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff users of the caller's organization (operator or authority). */
@Path("/users")
@Tag(name = "users", description = "用户管理 Staff users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAdministration users;

    @Inject
    TokenRevocation tokens;

    @GET
    @RequiresPermissions(IdentityPermissions.USER_READ)
    @Operation(summary = "List staff users: search by username, name or e-mail; filter by status and role; paged")
    public Page<UserDtos.UserView> list(@QueryParam("q") @Size(max = 100) String q,
                                        @QueryParam("status") AccountStatus status,
                                        @QueryParam("role") @Size(max = 64) String role,
                                        @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return users.search(q, status, role, new PageRequest(page, size)).map(UserDtos.UserView::of);
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(IdentityPermissions.USER_CREATE)
    @Operation(summary = "Create a staff user with roles")
    public Response create(@NotNull @Valid UserDtos.CreateUserRequest body) {
        StaffUser user = users.create(new UserAdministration.NewUser(body.username(), body.displayName(), body.email(),
                body.password(), body.roles()));
        return Response.created(URI.create("users/" + user.id())).entity(UserDtos.UserView.of(user)).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(IdentityPermissions.USER_READ)
    @Operation(summary = "One staff user")
    public UserDtos.UserView get(@PathParam("id") long id) {
        return UserDtos.UserView.of(users.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(IdentityPermissions.USER_UPDATE)
    @Operation(summary = "Change a user's display name and e-mail")
    public UserDtos.UserView update(@PathParam("id") long id, @NotNull @Valid UserDtos.UpdateUserRequest body) {
        return UserDtos.UserView.of(users.update(id, body.displayName(), body.email()));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(IdentityPermissions.USER_UPDATE)
    @Operation(summary = "Replace a user's roles (the last active administrator keeps org_admin)")
    public UserDtos.UserView assignRoles(@PathParam("id") long id, @NotNull @Valid UserDtos.AssignRolesRequest body) {
        return UserDtos.UserView.of(users.assignRoles(id, body.roles(), CurrentPrincipal.require().subjectId()));
    }

    @POST
    @Path("/{id}/disable")
    @RequiresPermissions(IdentityPermissions.USER_DISABLE)
    @Operation(summary = "Disable a user: sign-in and tokens refused at once")
    public UserDtos.UserView disable(@PathParam("id") long id, @Valid UserDtos.DisableRequest body) {
        AnjuPrincipal p = CurrentPrincipal.require();
        StaffUser user = users.disable(id, p.subjectId(), body == null ? null : body.reason());
        tokens.revokeAll(p.organizationCode(), id);
        return UserDtos.UserView.of(user);
    }

    @POST
    @Path("/{id}/enable")
    @RequiresPermissions(IdentityPermissions.USER_DISABLE)
    @Operation(summary = "Enable a disabled user (also clears a lockout)")
    public UserDtos.UserView enable(@PathParam("id") long id) {
        return UserDtos.UserView.of(users.enable(id));
    }

    @POST
    @Path("/{id}/reset-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(IdentityPermissions.USER_RESET_PASSWORD)
    @Operation(summary = "Set a temporary password; the user's sessions end")
    public UserDtos.UserView resetPassword(@PathParam("id") long id, @NotNull @Valid UserDtos.ResetPasswordRequest body) {
        StaffUser user = users.resetPassword(id, body.password());
        tokens.revokeAll(CurrentPrincipal.require().organizationCode(), id);
        return UserDtos.UserView.of(user);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(IdentityPermissions.USER_READ)
    @Operation(summary = "Revision history of a user: who changed what, when, why")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return users.history(id);
    }
}
