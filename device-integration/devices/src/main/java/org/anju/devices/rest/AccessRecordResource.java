package org.anju.devices.rest;

import java.time.LocalDate;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;



import org.anju.devices.api.DevicePermissions;
import org.anju.devices.application.DeviceQueries;
import org.anju.devices.application.DeviceViews;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;

import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Access records (出入记录, R6.1a): who entered which unit when, by what credential. */
@Path("/access-records")
@Tag(name = "access-records", description = "出入记录 Access records")
public class AccessRecordResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String METHOD = "FACE|FINGERPRINT|PIN|CARD|APP|KEY";
    static final String KIND = "RESIDENT|VISITOR|STAFF|LOCAL|TEMPORARY|KEY|REMOTE|UNKNOWN";

    @Inject
    DeviceQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.ACCESS_READ)
    @Operation(summary = "Access records, newest first")
    public Page<DeviceViews.AccessRecordView> list(@QueryParam("unitId") Long unitId, @QueryParam("householdId") Long householdId,
                                                   @QueryParam("projectId") Long projectId,
                                                   @QueryParam("from") @Pattern(regexp = DATE, message = "{devices.validation.date}") String from,
                                                   @QueryParam("to") @Pattern(regexp = DATE, message = "{devices.validation.date}") String to,
                                                   @QueryParam("method") @Pattern(regexp = METHOD) String method,
                                                   @QueryParam("credentialKind") @Pattern(regexp = KIND) String credentialKind,
                                                   @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.access(filter(unitId, householdId, projectId, from, to, method, credentialKind), new PageRequest(page, size));
    }

    static DeviceQueries.AccessFilter filter(Long unitId, Long householdId, Long projectId, String from, String to,
                                             String method, String kind) {
        LocalDate f = from == null ? null : LocalDate.parse(from);
        LocalDate t = to == null ? null : LocalDate.parse(to);
        if (f != null && t != null && t.isBefore(f)) {
            throw ProblemException.invalid("to", "devices.validation.range");
        }
        return new DeviceQueries.AccessFilter(unitId, householdId, projectId, f, t, method, kind);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
