package org.anju.devices.rest;

import java.util.List;
import java.util.ArrayList;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.anju.kernel.api.Downloads;
import org.anju.kernel.api.SpreadsheetWriter;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.anju.devices.api.DevicePermissions;
import org.anju.devices.application.DeviceCommands;
import org.anju.devices.application.DeviceMessaging;
import org.anju.devices.application.DeviceQueries;
import org.anju.devices.application.DeviceViews;
import org.anju.devices.application.LockAdministration;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lock keys (R6.2a2, R6.3d), commands, remote opening, device events and settings, for staff. */
@Path("/")
@Tag(name = "locks", description = "门锁授权、指令与设备设置 Lock keys, commands and device settings")
@Produces(MediaType.APPLICATION_JSON)
public class LockResource {

    @Inject
    DeviceQueries queries;

    @Inject
    LockAdministration admin;

    @Inject
    DeviceMessaging messaging;

    @POST
    @Path("lock-credentials/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.CREDENTIAL)
    @Operation(summary = "Revoke a credential (REVOKING until the lock confirms)")
    public DeviceViews.CredentialView revoke(@PathParam("id") long id, @NotNull @Valid DeviceCommands.RevokeInput body) {
        return admin.revoke(id, body.reason());
    }

    @GET
    @Path("key-log")
    @RequiresPermissions(DevicePermissions.CREDENTIAL)
    @Operation(summary = "Grants and revocations, newest first")
    public Page<DeviceViews.KeyLogView> keyLog(@QueryParam("unitId") Long unitId, @QueryParam("householdId") Long householdId,
                                               @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.keyLog(unitId, householdId, new PageRequest(page, size));
    }

    @GET
    @Path("lock-commands")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "Commands to locks with their answers")
    public Page<DeviceViews.CommandView> commands(@QueryParam("deviceId") String deviceId,
                                                  @QueryParam("status") @Pattern(regexp = "PENDING|SENT|OK|FAILED|TIMED_OUT|CANCELLED") String status,
                                                  @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.commands(deviceId, status, new PageRequest(page, size));
    }

    @GET
    @Path("device-settings")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "The operator's device settings")
    public DeviceViews.SettingsView settings() {
        return queries.settings();
    }

    @PUT
    @Path("device-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.ADMIN)
    @Operation(summary = "Change the device settings")
    public DeviceViews.SettingsView saveSettings(@NotNull @Valid DeviceCommands.SettingsInput body) {
        return admin.saveSettings(body);
    }

    @GET
    @Path("device-dead-letters")
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "Device messages refused, with the reason (this operator's)")
    public Page<DeviceViews.DeadLetterView> deadLetters(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.deadLetters(new PageRequest(page, size));
    }

    /** Broker connections and the operator's dead-letter count. */
    public record Connections(List<DeviceViews.ConnectionView> brokers, long deadLetters) {
    }

    @GET
    @Path("device-connections")
    @RequiresPermissions(DevicePermissions.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The platform's broker connections")
    public Connections connections() {
        return new Connections(messaging.connections(), queries.deadLetterCount());
    }


    /** The access records as Excel; here because {@code /access-records.xlsx} is not below {@code /access-records}. */
    @GET
    @Path("access-records.xlsx")
    @Produces(AccessRecordResource.XLSX)
    @RequiresPermissions(DevicePermissions.ACCESS_READ)
    @Operation(summary = "The same records as Excel (at most 50,000 rows)")
    public Response export(@QueryParam("unitId") Long unitId, @QueryParam("householdId") Long householdId,
                           @QueryParam("projectId") Long projectId,
                           @QueryParam("from") @Pattern(regexp = AccessRecordResource.DATE, message = "{devices.validation.date}") String from,
                           @QueryParam("to") @Pattern(regexp = AccessRecordResource.DATE, message = "{devices.validation.date}") String to,
                           @QueryParam("method") @Pattern(regexp = AccessRecordResource.METHOD) String method,
                           @QueryParam("credentialKind") @Pattern(regexp = AccessRecordResource.KIND) String credentialKind) {
        DeviceQueries.AccessFilter f = AccessRecordResource.filter(unitId, householdId, projectId, from, to, method, credentialKind);
        List<List<Object>> rows = new ArrayList<>();
        // pages count from 1 (PageRequest refuses 0: that was the 400 this export answered)
        for (int p = 1; p <= 250; p++) {
            Page<DeviceViews.AccessRecordView> page = queries.access(f, new PageRequest(p, PageRequest.MAX_SIZE));
            for (DeviceViews.AccessRecordView r : page.items()) {
                rows.add(List.of(r.occurredAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString(),
                        nzs(r.unitLabel()), r.deviceId(), r.method(), r.credentialKind(), nzs(r.holder()), nzs(r.credentialId())));
            }
            if ((long) p * PageRequest.MAX_SIZE >= page.total()) {
                break;
            }
        }
        StreamingOutput body = out -> new SpreadsheetWriter().write(out, List.of(SpreadsheetWriter.sheet("出入记录",
                List.of("时间", "房屋", "门锁", "方式", "凭证类别", "持有人", "凭证"), List.of(20d, 28d, 22d, 10d, 12d, 14d, 18d), rows)));
        return Downloads.file(body, AccessRecordResource.XLSX, "access-records.xlsx", "出入记录.xlsx");
    }

    private static String nzs(String s) {
        return s == null ? "" : s;
    }
}
