package org.anju.devices.rest;


import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.devices.api.DevicePermissions;
import org.anju.devices.application.DeviceCommands;
import org.anju.devices.application.DeviceViews;
import org.anju.devices.application.ResidentKeys;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A resident's door (phone): the household's keys, visitor codes, the home's access records, remote opening. */
@Path("/my")
@Tag(name = "my-keys", description = "居民：我家门锁 Resident: own door")
@Produces(MediaType.APPLICATION_JSON)
public class MyKeysResource {

    @Inject
    ResidentKeys keys;

    @GET
    @Path("/keys")
    @RequiresPermissions(DevicePermissions.RESIDENT)
    @Operation(summary = "The household's keys and visitor codes")
    public ResidentKeys.MyKeys mine() {
        return keys.mine();
    }

    @POST
    @Path("/visitor-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.RESIDENT)
    @Operation(summary = "Issue a time-boxed visitor code (the PIN is shown once)")
    public DeviceViews.VisitorCodeView visitorCode(@NotNull @Valid DeviceCommands.VisitorCodeInput body) {
        return keys.visitorCode(body);
    }

    @POST
    @Path("/visitor-codes/{id}/revocation")
    @RequiresPermissions(DevicePermissions.RESIDENT)
    @Operation(summary = "Withdraw a visitor code")
    public DeviceViews.CredentialView revoke(@PathParam("id") long id) {
        return keys.revoke(id);
    }

    @GET
    @Path("/access-records")
    @RequiresPermissions(DevicePermissions.RESIDENT)
    @Operation(summary = "The home's access records")
    public Page<DeviceViews.AccessRecordView> access(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return keys.access(new PageRequest(page, size));
    }

    @POST
    @Path("/door/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.RESIDENT)
    @Operation(summary = "Open the home's door now (only when the operator allows residents to)")
    public DeviceViews.CommandView open(@NotNull @Valid DeviceCommands.OpenInput body) {
        return keys.open(body.reason());
    }

}
