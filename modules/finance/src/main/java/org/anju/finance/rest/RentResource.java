package org.anju.finance.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.audit.api.AuditEntry;
import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.Commands;
import org.anju.finance.application.FinanceQueries;
import org.anju.finance.application.LeaseAccounts;
import org.anju.finance.application.RentService;
import org.anju.finance.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rent (R6.4c, R7.4d): standards, category rules, the yearly calculation, adjustments and lease accounts. */
@Path("/finance")
@Tag(name = "finance-rent", description = "租金标准、调租与租户账户 Rent standards, adjustments, lease accounts")
@Produces(MediaType.APPLICATION_JSON)
public class RentResource {

    @Inject
    RentService rent;

    @Inject
    FinanceQueries queries;

    @Inject
    LeaseAccounts accounts;

    @GET
    @Path("/rent-standards")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Rent standards per project and year")
    public List<Views.RentStandardView> standards(@QueryParam("projectId") Long projectId,
                                                  @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return rent.standards(projectId, year);
    }

    @PUT
    @Path("/rent-standards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Set the rent standard of a project for a year (CNY per m² per month)")
    public Views.RentStandardView putStandard(@NotNull @Valid Commands.RentStandardInput body) {
        return rent.putStandard(body);
    }

    @GET
    @Path("/rent-rules")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "How each eligibility category's rent follows the standard")
    public List<Views.RentRuleView> rules() {
        return rent.rules();
    }

    @PUT
    @Path("/rent-rules/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Set the rule of an eligibility category")
    public Views.RentRuleView putRule(@PathParam("category") @Pattern(regexp = "SUBSISTENCE|LOW_INCOME|NEW_GRADUATE|MIGRANT_WORKER|TALENT|OTHER") String category,
                                      @NotNull @Valid Commands.RentRuleInput body) {
        return rent.putRule(category, body);
    }

    @POST
    @Path("/rent-calculations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Compute the year's rents and propose adjustments where they differ")
    public Views.Calculation calculate(@NotNull @Valid Commands.CalculationInput body) {
        return rent.calculate(body);
    }

    @GET
    @Path("/adjustments")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Rent adjustments (leaseId=, status=PENDING|APPROVED|REJECTED)")
    public List<Views.AdjustmentView> adjustments(@QueryParam("leaseId") Long leaseId,
                                                  @QueryParam("status") @Pattern(regexp = "PENDING|APPROVED|REJECTED") String status) {
        return rent.adjustments(leaseId, status);
    }

    @POST
    @Path("/accounts/{leaseId}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Propose a new rent for a lease (someone else approves)")
    public Views.AdjustmentView propose(@PathParam("leaseId") long leaseId, @NotNull @Valid Commands.AdjustmentInput body) {
        return rent.propose(leaseId, body);
    }

    @POST
    @Path("/adjustments/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.APPROVE)
    @Operation(summary = "Approve a rent adjustment: the lease's rent changes for the bills not yet issued")
    public Views.AdjustmentView approve(@PathParam("id") long id, @Valid Commands.DecisionInput body) {
        return rent.decide(id, true, body == null ? null : body.note());
    }

    @POST
    @Path("/adjustments/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.APPROVE)
    @Operation(summary = "Reject a rent adjustment")
    public Views.AdjustmentView reject(@PathParam("id") long id, @Valid Commands.DecisionInput body) {
        return rent.decide(id, false, body == null ? null : body.note());
    }

    @GET
    @Path("/accounts/{leaseId}")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "A lease's account: payer, unit, rent in force, balance")
    public Views.AccountView account(@PathParam("leaseId") long leaseId) {
        return queries.account(leaseId);
    }

    @GET
    @Path("/accounts/{leaseId}/history")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Who changed the account's rent, when and why (Envers)")
    public List<AuditEntry> history(@PathParam("leaseId") long leaseId) {
        return queries.accountHistory(leaseId);
    }

    @POST
    @Path("/accounts/sync")
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Open the accounts of live leases finance does not know yet")
    public java.util.Map<String, Integer> sync() {
        return java.util.Map.of("opened", accounts.catchUp());
    }

    @GET
    @Path("/settings")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Due day of bills and dunning offsets")
    public Views.SettingsView settings() {
        return queries.settings();
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.ADMIN)
    @Operation(summary = "Change the due day and dunning offsets")
    public Views.SettingsView saveSettings(@NotNull @Valid Commands.SettingsInput body) {
        return queries.saveSettings(body);
    }

    @GET
    @Path("/reports/monthly")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Charged, collected, balance and collection rate per project and month")
    public List<Views.MonthlyView> monthly(@QueryParam("month") @Pattern(regexp = Commands.PERIOD) String month,
                                           @QueryParam("projectId") Long projectId) {
        return queries.monthly(month, projectId);
    }
}
