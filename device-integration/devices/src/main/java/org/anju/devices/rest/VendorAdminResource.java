package org.anju.devices.rest;

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
import org.anju.devices.application.VendorAccounts;
import org.anju.devices.application.VendorCommands;
import org.anju.devices.application.VendorPermissionCatalog;
import org.anju.devices.application.VendorViews;
import org.anju.devices.domain.VendorStatus;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Device vendors and their API keys, for platform admins (docs/api/vendor-api.md section 1). */
@Path("/platform/vendors")
@Tag(name = "platform", description = "设备厂商与密钥 Device vendors and their keys")
@Produces(MediaType.APPLICATION_JSON)
public class VendorAdminResource {

    @Inject
    VendorAccounts accounts;

    @GET
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_READ)
    @Operation(summary = "Vendors by code or name, filtered by status, paged")
    public Page<VendorViews.VendorView> list(@QueryParam("q") @Size(max = 100) String q,
                                             @QueryParam("status") VendorStatus status,
                                             @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return accounts.list(q, status, new PageRequest(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_WRITE)
    @Operation(summary = "Create a vendor account (ACTIVE, no key yet)")
    public Response create(@NotNull @Valid VendorCommands.VendorInput body) {
        VendorViews.VendorView v = accounts.create(body);
        return Response.created(URI.create("platform/vendors/" + v.code())).entity(v).build();
    }

    @GET
    @Path("/{code}")
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_READ)
    @Operation(summary = "One vendor")
    public VendorViews.VendorView get(@PathParam("code") String code) {
        return accounts.get(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_WRITE)
    @Operation(summary = "Change a vendor's name and contact (the code never changes)")
    public VendorViews.VendorView update(@PathParam("code") String code, @NotNull @Valid VendorCommands.VendorInput body) {
        return accounts.update(code, body);
    }

    @POST
    @Path("/{code}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_WRITE)
    @Operation(summary = "Suspend a vendor: every call it makes is refused until resumed")
    public VendorViews.VendorView suspend(@PathParam("code") String code, @NotNull @Valid VendorCommands.SuspendInput body) {
        return accounts.suspend(code, body.reason());
    }

    @POST
    @Path("/{code}/resumption")
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_WRITE)
    @Operation(summary = "Resume a suspended vendor")
    public VendorViews.VendorView resume(@PathParam("code") String code) {
        return accounts.resume(code);
    }

    @GET
    @Path("/{code}/keys")
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_READ)
    @Operation(summary = "The vendor's keys, newest first (never their secrets)")
    public List<VendorViews.KeyView> keys(@PathParam("code") String code) {
        return accounts.keys(code);
    }

    @POST
    @Path("/{code}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_KEY)
    @Operation(summary = "Issue a key (the secret is shown once); the vendor's other keys end after the grace period")
    public Response issueKey(@PathParam("code") String code, @Valid VendorCommands.KeyInput body) {
        VendorViews.IssuedKey k = accounts.issueKey(code, body == null ? null : body.graceDays());
        return Response.created(URI.create("platform/vendors/" + code + "/keys/" + k.keyId())).entity(k).build();
    }

    @POST
    @Path("/{code}/keys/{keyId}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_KEY)
    @Operation(summary = "Revoke a key: refused from the next request on")
    public VendorViews.KeyView revokeKey(@PathParam("code") String code, @PathParam("keyId") String keyId,
                                         @NotNull @Valid VendorCommands.RevokeInput body) {
        return accounts.revokeKey(code, keyId, body.reason());
    }

    @GET
    @Path("/{code}/organizations")
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_READ)
    @Operation(summary = "The operators that authorised the vendor (and those that withdrew)")
    public List<VendorViews.AuthorizationView> organizations(@PathParam("code") String code) {
        return accounts.organizations(code);
    }

    @GET
    @Path("/{code}/history")
    @RequiresPermissions(VendorPermissionCatalog.PLATFORM_READ)
    @Operation(summary = "The account's audited history")
    public List<AuditEntry> history(@PathParam("code") String code) {
        return accounts.history(code);
    }
}
