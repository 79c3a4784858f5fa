package org.anju.devices.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import org.anju.audit.api.AuditEntry;
import org.anju.devices.api.DevicePermissions;
import org.anju.devices.application.DeviceCommands;
import org.anju.devices.application.DeviceRegistry;
import org.anju.devices.application.DeviceViews;
import org.anju.devices.domain.DeviceKind;
import org.anju.devices.domain.Registration;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The device registry (R8.1c) and each device's state (R6.1d). */
@Path("/devices")
@Tag(name = "devices", description = "设备备案与状态 Device registry and state")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    DeviceRegistry registry;

    @GET
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "The registry, newest first, filtered")
    public Page<DeviceViews.DeviceView> list(@QueryParam("kind") DeviceKind kind,
                                             @QueryParam("registration") Registration registration,
                                             @QueryParam("projectId") Long projectId,
                                             @QueryParam("unitId") Long unitId,
                                             @QueryParam("online") Boolean online,
                                             @QueryParam("q") String q,
                                             @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return registry.list(kind, registration, projectId, unitId, online, q, new PageRequest(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.WRITE)
    @Operation(summary = "Register a device (备案登记); it waits for approval")
    public DeviceViews.DeviceView register(@NotNull @Valid DeviceCommands.DeviceInput body) {
        return registry.register(body, org.anju.tenancy.api.TenantContext.actor());
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "One device with its state")
    public DeviceViews.DeviceView get(@PathParam("id") long id) {
        return registry.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.WRITE)
    @Operation(summary = "Change a registration (model, certificate, where installed)")
    public DeviceViews.DeviceView update(@PathParam("id") long id, @NotNull @Valid DeviceCommands.DeviceInput body) {
        return registry.update(id, body);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.APPROVE)
    @Operation(summary = "Approve or reject a pending registration (备案审核)")
    public DeviceViews.DeviceView decide(@PathParam("id") long id, @NotNull @Valid DeviceCommands.DecisionInput body) {
        return registry.decide(id, body);
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.WRITE)
    @Operation(summary = "Take a device out of service; it can no longer connect")
    public DeviceViews.DeviceView retire(@PathParam("id") long id, @NotNull @Valid DeviceCommands.RetireInput body) {
        return registry.retire(id, body);
    }

    @POST
    @Path("/{id}/secret")
    @RequiresPermissions(DevicePermissions.WRITE)
    @Operation(summary = "Issue the device's MQTT secret (shown once; replaces the previous one)")
    public DeviceViews.SecretView secret(@PathParam("id") long id) {
        return registry.issueSecret(id);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "The registration's audited history")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return registry.history(id);
    }

    @Inject
    org.anju.devices.application.DeviceQueries queries;

    @Inject
    org.anju.devices.application.LockAdministration admin;

    @GET
    @Path("/{id}/commands")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "Commands to one device")
    public Page<DeviceViews.CommandView> deviceCommands(@PathParam("id") long id,
                                                        @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.commands(admin.deviceId(id), null, new PageRequest(page, size));
    }

    @GET
    @Path("/{id}/events")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "Tamper, low battery, offline, online and timed-out commands of one device")
    public Page<DeviceViews.DeviceEventView> events(@PathParam("id") long id,
                                                    @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.events(admin.deviceId(id), new PageRequest(page, size));
    }

    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.OPEN)
    @Operation(summary = "Open the door now (audited; the operator's policy decides)")
    public DeviceViews.CommandView open(@PathParam("id") long id, @NotNull @Valid DeviceCommands.OpenInput body) {
        return admin.open(id, body.reason());
    }

}
