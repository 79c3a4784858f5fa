package org.anju.finance.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.Commands;
import org.anju.finance.application.DepositService;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deposits: received, held, settled at move-out with itemised deductions, refunded. */
@Path("/finance/accounts/{leaseId}/deposit")
@Tag(name = "finance-deposits", description = "押金 Deposits")
@Produces(MediaType.APPLICATION_JSON)
public class DepositResource {

    @Inject
    DepositService deposits;

    @GET
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "The lease's deposit and its settlement")
    public DepositService.DepositView get(@PathParam("leaseId") long leaseId) {
        return deposits.get(leaseId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.COLLECT)
    @Operation(summary = "Receive the deposit (amount defaults to the contract's; a retry with the same receipt answers the first)")
    public DepositService.DepositView receive(@PathParam("leaseId") long leaseId, @NotNull @Valid Commands.DepositInput body) {
        return deposits.receive(leaseId, body);
    }

    @POST
    @Path("/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Settle at move-out: itemised deductions, optionally the rest against arrears; what is left is to refund")
    public DepositService.DepositView settle(@PathParam("leaseId") long leaseId, @NotNull @Valid Commands.SettlementInput body) {
        return deposits.settle(leaseId, body);
    }

    @POST
    @Path("/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Record the refund of a settled deposit (bank transfer reference)")
    public DepositService.DepositView refund(@PathParam("leaseId") long leaseId, @NotNull @Valid Commands.RefundInput body) {
        return deposits.refund(leaseId, body);
    }
}
