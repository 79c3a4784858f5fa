package org.anju.alerts.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.anju.alerts.api.AlertPermissions;
import org.anju.alerts.application.AlertEvaluation;
import org.anju.alerts.application.AlertQueries;
import org.anju.alerts.application.AlertService;
import org.anju.alerts.domain.Alert;
import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.AlertStatus;
import org.anju.alerts.domain.AlertType;
import org.anju.alerts.domain.Severity;
import org.anju.alerts.domain.SubjectKind;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts (预警, R7.1b, R7.1c, R7.3a–d): the list, one alert with its evidence and history, its lifecycle, settings. */
@Path("/alerts")
@Tag(name = "alerts", description = "预警 Alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertResource {

    static final String TYPE = "CONTRACT_EXPIRY|ARREARS|NOBODY_LIVING|WELFARE|SUBLET|GROUP_RENTING|VACANT_USE"
            + "|DEVICE_OFFLINE|DEVICE_TAMPER|DEVICE_LOW_BATTERY";
    static final String SEVERITY = "LOW|MEDIUM|HIGH|CRITICAL";
    static final String STATUS = "OPEN|ACKNOWLEDGED|DISPATCHED|RESOLVED|DISMISSED";
    static final String SUBJECT = "UNIT|HOUSEHOLD|LEASE|DEVICE|PROJECT";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Inject
    AlertQueries queries;

    @Inject
    AlertService alerts;

    @Inject
    AlertEvaluation evaluation;

    public record NoteInput(@Size(max = 2000) String note) {
    }

    public record DispatchInput(@NotNull @Min(1) Long assigneeUserId,
                                @NotNull @Pattern(regexp = DATE, message = "{alerts.validation.date}") String dueDate,
                                @Size(max = 2000) String note) {
    }

    public record ResolveInput(@NotNull @Pattern(regexp = "NORMAL|CONFIRMED|OTHER", message = "{alerts.validation.finding}") String finding,
                               @Size(max = 2000) String notes,
                               @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidenceRefs) {
    }

    public record DismissInput(@NotBlank @Size(max = 500) String reason) {
    }

    @GET
    @RequiresPermissions(AlertPermissions.READ)
    @Operation(summary = "Alerts, newest first (type=, severity=, status=, projectId=, subjectKind=, subjectId=; page from 1)")
    public Page<AlertQueries.AlertView> list(@QueryParam("type") @Pattern(regexp = TYPE) String type,
                                             @QueryParam("severity") @Pattern(regexp = SEVERITY) String severity,
                                             @QueryParam("status") @Pattern(regexp = STATUS) String status,
                                             @QueryParam("projectId") Long projectId,
                                             @QueryParam("subjectKind") @Pattern(regexp = SUBJECT) String subjectKind,
                                             @QueryParam("subjectId") @Size(max = 64) String subjectId,
                                             @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.list(filter(type, severity, status, projectId, subjectKind, subjectId), new PageRequest(page, size));
    }

    static org.anju.alerts.domain.AlertFilter filter(String type, String severity, String status, Long projectId, String subjectKind,
                                    String subjectId) {
        return new org.anju.alerts.domain.AlertFilter(type == null ? null : AlertType.valueOf(type),
                severity == null ? null : Severity.valueOf(severity), status == null ? null : AlertStatus.valueOf(status),
                projectId, subjectKind == null ? null : SubjectKind.valueOf(subjectKind), subjectId);
    }

    @GET
    @Path("/{id: \\d+}")
    @RequiresPermissions(AlertPermissions.READ)
    @Operation(summary = "One alert with its evidence (data points, oldest first) and history")
    public AlertQueries.AlertDetail get(@PathParam("id") long id) {
        return queries.detail(id);
    }

    @POST
    @Path("/{id: \\d+}/acknowledge")
    @RequiresPermissions(AlertPermissions.HANDLE)
    @Operation(summary = "Acknowledge an OPEN alert (409 otherwise)")
    public AlertQueries.AlertView acknowledge(@PathParam("id") long id, @Valid NoteInput body) {
        alerts.acknowledge(id, body == null ? null : body.note());
        return queries.view(id);
    }

    @POST
    @Path("/{id: \\d+}/dispatch")
    @RequiresPermissions(AlertPermissions.HANDLE)
    @Operation(summary = "Dispatch a home visit (入户核查) to a staff user with a due date")
    public AlertQueries.AlertView dispatch(@PathParam("id") long id, @NotNull @Valid DispatchInput body) {
        alerts.dispatch(id, body.assigneeUserId(), LocalDate.parse(body.dueDate()), body.note());
        return queries.view(id);
    }

    @POST
    @Path("/{id: \\d+}/resolve")
    @RequiresPermissions(AlertPermissions.HANDLE)
    @Operation(summary = "Resolve an acknowledged or dispatched alert with the visit's finding, notes and evidence references")
    public AlertQueries.AlertView resolve(@PathParam("id") long id, @NotNull @Valid ResolveInput body) {
        alerts.resolve(id, Alert.Finding.valueOf(body.finding()), body.notes(),
                body.evidenceRefs() == null ? List.of() : body.evidenceRefs());
        return queries.view(id);
    }

    @POST
    @Path("/{id: \\d+}/dismiss")
    @RequiresPermissions(AlertPermissions.HANDLE)
    @Operation(summary = "Dismiss an unresolved alert with a reason")
    public AlertQueries.AlertView dismiss(@PathParam("id") long id, @NotNull @Valid DismissInput body) {
        alerts.dismiss(id, body.reason().trim());
        return queries.view(id);
    }

    @GET
    @Path("/settings")
    @RequiresPermissions(AlertPermissions.READ)
    @Operation(summary = "The operator's thresholds, escalation schedule and routes")
    public AlertSettings settings() {
        return queries.settings();
    }

    @PUT
    @Path("/settings")
    @RequiresPermissions(AlertPermissions.ADMIN)
    @Operation(summary = "Change thresholds (fields left out keep their defaults); 400 names each bad field")
    public AlertSettings saveSettings(@NotNull AlertSettings body) {
        return queries.saveSettings(body);
    }

    @POST
    @Path("/evaluation")
    @RequiresPermissions(AlertPermissions.ADMIN)
    @Operation(summary = "Run every rule and the escalation for this operator now (after changing thresholds)")
    public AlertEvaluation.Result evaluate() {
        return evaluation.runAll();
    }

    @GET
    @Path("/indicators")
    @RequiresPermissions(AlertPermissions.READ)
    @Operation(summary = "Risk indicators: open alerts by type, severity and project; daily opened/resolved over the last days")
    public AlertQueries.Indicators indicators(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        return queries.indicators(days);
    }
}
