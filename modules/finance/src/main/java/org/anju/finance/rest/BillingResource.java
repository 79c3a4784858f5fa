package org.anju.finance.rest;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.BillingService;
import org.anju.finance.application.Commands;
import org.anju.finance.application.CorrectionService;
import org.anju.finance.application.FinanceQueries;
import org.anju.finance.application.Views;
import org.anju.finance.domain.BillFilter;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Billing runs, bills and the ledger (R6.4a, R7.4d). */
@Path("/")
@Tag(name = "finance-bills", description = "出账、账单与租金台账 Billing runs, bills, ledger")
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    @Inject
    BillingService billing;

    @Inject
    FinanceQueries queries;

    @Inject
    CorrectionService corrections;

    @POST
    @Path("billing-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Issue a period's bills in the background (idempotent per lease and period); poll the run")
    public Response start(@NotNull @Valid Commands.RunInput body) {
        Views.RunView run = billing.start(YearMonth.parse(body.period()));
        return Response.accepted(run).location(URI.create("billing-runs/" + run.id())).build();
    }

    @GET
    @Path("billing-runs")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Recent billing runs, newest first")
    public List<Views.RunView> runs() {
        return billing.runs();
    }

    @GET
    @Path("billing-runs/{id}")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "A billing run's state and counts")
    public Views.RunView run(@PathParam("id") long id) {
        return billing.run(id);
    }

    @GET
    @Path("bills")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Bills, newest period first (leaseId=, householdId=, projectId=, period=, status=, overdue=true)")
    public Page<Views.BillView> bills(@QueryParam("leaseId") Long leaseId, @QueryParam("householdId") Long householdId,
                                      @QueryParam("projectId") Long projectId,
                                      @QueryParam("period") @Pattern(regexp = Commands.PERIOD) String period,
                                      @QueryParam("status") @Pattern(regexp = "OPEN|PARTIAL|PAID|WRITTEN_OFF|CANCELLED") String status,
                                      @QueryParam("overdue") Boolean overdue,
                                      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return queries.bills(new BillFilter(leaseId, householdId, projectId, period, status, overdue,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))), new PageRequest(page, size));
    }

    @GET
    @Path("bills/{id}")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "A bill with its lines")
    public Views.BillView bill(@PathParam("id") long id) {
        return queries.bill(id);
    }

    @GET
    @Path("ledger")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Ledger entries in posting order (leaseId=, householdId=, month=)")
    public List<Views.EntryView> ledger(@QueryParam("leaseId") Long leaseId, @QueryParam("householdId") Long householdId,
                                        @QueryParam("month") @Pattern(regexp = Commands.PERIOD) String month) {
        return queries.ledger(leaseId, householdId, month);
    }

    @POST
    @Path("bills/{id}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.APPROVE)
    @Operation(summary = "Write off what is still owed on a bill (a WRITE_OFF entry with the reason); a retry changes nothing")
    public Views.BillView writeOff(@PathParam("id") long id, @NotNull @Valid Commands.CorrectionInput body) {
        return corrections.writeOff(id, body);
    }

    @POST
    @Path("ledger/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.APPROVE)
    @Operation(summary = "Reverse a CHARGE (bill issued in error), a WRITE_OFF, or a counter or direct-debit PAYMENT entered "
            + "in error: a REVERSAL entry with the opposite amount; the entry itself never changes; a retry answers the same reversal")
    public Views.EntryView reverse(@PathParam("id") long id, @NotNull @Valid Commands.CorrectionInput body) {
        return corrections.reverse(id, body);
    }
}
