package org.anju.finance.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.DunningService;
import org.anju.finance.application.FinanceDailyJob;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Arrears by age and dunning (R6.4d). */
@Path("/finance")
@Tag(name = "finance-arrears", description = "欠费账龄与催缴 Arrears and dunning")
@Produces(MediaType.APPLICATION_JSON)
public class ArrearsResource {

    @Inject
    DunningService dunning;

    @Inject
    FinanceDailyJob daily;

    @GET
    @Path("/arrears")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Leases in arrears with amounts per aging bucket (1–30, 31–90, 91–180, >180 days) and totals")
    public DunningService.ArrearsReport arrears(@QueryParam("projectId") Long projectId) {
        return dunning.arrears(projectId);
    }

    @GET
    @Path("/dunning")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Dunning notices sent, newest first (leaseId=, householdId=)")
    public List<DunningService.NoticeView> history(@QueryParam("leaseId") Long leaseId,
                                                   @QueryParam("householdId") Long householdId) {
        return dunning.history(leaseId, householdId);
    }

    @POST
    @Path("/daily-run")
    @RequiresPermissions(FinancePermissions.ADMIN)
    @Operation(summary = "Run today's finance work now for this operator: bill the month if not billed, send dunning due")
    public DunningService.RunResult dailyRun() {
        return daily.runForCurrentOperator();
    }
}
