package org.anju.devices.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.OpcUaPermissions;
import org.anju.devices.application.MeterReports;
import org.anju.devices.application.OpcUaViews;
import org.anju.devices.domain.MeterSeries;
import org.anju.kernel.api.Downloads;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.RequestLocale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Meter readings and daily consumption of units and projects (P4; R6.1d, R7.3c data). */
@Path("/meters")
@Tag(name = "meters", description = "水电读数与能耗 Meter readings and consumption")
public class MeterResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MeterReports reports;

    @GET
    @Path("/units/{unitId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "The unit's meters: last reading of each")
    public OpcUaViews.UnitMetersView unit(@PathParam("unitId") long unitId) {
        return reports.unitMeters(unitId);
    }

    @GET
    @Path("/units/{unitId}/readings")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "The unit's readings, newest first (from/to: dates, to inclusive)")
    public Page<OpcUaViews.ReadingView> readings(@PathParam("unitId") long unitId, @QueryParam("kind") MeterKind kind,
                                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("flagged") @DefaultValue("false") boolean flagged,
                                                 @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return reports.readings(unitId, kind, date("from", from), date("to", to), flagged, new PageRequest(page, size));
    }

    @GET
    @Path("/units/{unitId}/daily")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "The unit's consumption per day (default: the last 30 days; at most 366)")
    public List<OpcUaViews.DailyView> daily(@PathParam("unitId") long unitId, @QueryParam("kind") MeterKind kind,
                                            @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.daily(unitId, kind, date("from", from), date("to", to));
    }

    @GET
    @Path("/projects/{projectId}/daily")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "One day of a project (default yesterday): every unit's water and electricity")
    public Page<OpcUaViews.UnitDailyView> projectDaily(@PathParam("projectId") long projectId,
                                                       @QueryParam("date") String date, @QueryParam("q") String q,
                                                       @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return reports.projectDaily(projectId, day(date), q, new PageRequest(page, size));
    }

    @GET
    @Path("/projects/{projectId}/daily.xlsx")
    @Produces(XLSX)
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "The same day of the project as Excel")
    public Response projectDailyExport(@PathParam("projectId") long projectId, @QueryParam("date") String date) {
        LocalDate day = day(date);
        Locale locale = RequestLocale.current();
        // fail before streaming starts: an unknown project is a 404, not a broken download
        reports.projectDaily(projectId, day, null, new PageRequest(1, 1));
        StreamingOutput body = out -> reports.exportProjectDaily(projectId, day, out, locale);
        return Downloads.file(body, XLSX, "meters-" + projectId + "-" + day + ".xlsx", "能耗日报-" + day + ".xlsx");
    }

    private static LocalDate day(String date) {
        LocalDate d = date("date", date);
        return d != null ? d : LocalDate.now(MeterSeries.ZONE).minusDays(1);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "meter.validation.date");
        }
    }
}
