package org.anju.alerts.rest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.alerts.api.AlertPermissions;
import org.anju.alerts.application.AlertQueries;
import org.anju.kernel.api.Downloads;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.SpreadsheetWriter;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alert list as Excel; its own root because {@code /alerts.xlsx} is not below {@code /alerts}. */
@Path("/alerts.xlsx")
@Tag(name = "alerts")
public class AlertExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    AlertQueries queries;

    @GET
    @Produces(XLSX)
    @RequiresPermissions(AlertPermissions.READ)
    @Operation(summary = "The same alerts as Excel (same filters; at most 50,000 rows)")
    public Response export(@QueryParam("type") @Pattern(regexp = AlertResource.TYPE) String type,
                           @QueryParam("severity") @Pattern(regexp = AlertResource.SEVERITY) String severity,
                           @QueryParam("status") @Pattern(regexp = AlertResource.STATUS) String status,
                           @QueryParam("projectId") Long projectId,
                           @QueryParam("subjectKind") @Pattern(regexp = AlertResource.SUBJECT) String subjectKind,
                           @QueryParam("subjectId") @Size(max = 64) String subjectId) {
        var f = AlertResource.filter(type, severity, status, projectId, subjectKind, subjectId);
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 1; p <= 250; p++) {
            Page<AlertQueries.AlertView> page = queries.list(f, new PageRequest(p, PageRequest.MAX_SIZE));
            for (AlertQueries.AlertView a : page.items()) {
                rows.add(List.of(a.id(), a.openedAt().atZone(ZONE).toLocalDateTime().toString(), a.typeName(),
                        a.severity(), a.status(), a.subjectKind() + " " + a.subjectId(),
                        a.projectId() == null ? "" : a.projectId(), a.explanation(), a.evidenceCount(),
                        a.escalationLevel(), a.authority() ? "是" : ""));
            }
            if ((long) p * PageRequest.MAX_SIZE >= page.total()) {
                break;
            }
        }
        StreamingOutput body = out -> new SpreadsheetWriter().write(out, List.of(SpreadsheetWriter.sheet("预警",
                List.of("编号", "发生时间", "类型", "级别", "状态", "对象", "项目", "说明", "证据数", "升级级别", "已上报"),
                List.of(8d, 18d, 16d, 9d, 12d, 18d, 8d, 60d, 8d, 9d, 8d), rows)));
        return Downloads.file(body, XLSX, "alerts.xlsx", "预警列表.xlsx");
    }
}
