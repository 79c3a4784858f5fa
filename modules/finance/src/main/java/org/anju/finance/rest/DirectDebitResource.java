package org.anju.finance.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.Commands;
import org.anju.finance.application.DirectDebitService;
import org.anju.kernel.api.Downloads;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bank direct debit (委托代扣, R6.4b): mandates, monthly batches, the bank's files. */
@Path("/finance")
@Tag(name = "finance-direct-debit", description = "银行代扣 Direct debit")
@Produces(MediaType.APPLICATION_JSON)
public class DirectDebitResource {

    @Inject
    DirectDebitService debit;

    @PUT
    @Path("/accounts/{leaseId}/mandate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Record the lease's direct debit mandate (the account number is sealed)")
    public DirectDebitService.MandateView put(@PathParam("leaseId") long leaseId, @NotNull @Valid Commands.MandateInput body) {
        return debit.putMandate(leaseId, body);
    }

    @GET
    @Path("/accounts/{leaseId}/mandate")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "The lease's mandate, account masked")
    public DirectDebitService.MandateView get(@PathParam("leaseId") long leaseId) {
        return debit.mandate(leaseId);
    }

    @DELETE
    @Path("/accounts/{leaseId}/mandate")
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Revoke the mandate: the lease is no longer debited")
    public Response revoke(@PathParam("leaseId") long leaseId) {
        debit.revoke(leaseId);
        return Response.noContent().build();
    }

    @POST
    @Path("/debit-batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Create the batch of what mandated leases owe up to a period")
    public Response create(@NotNull @Valid Commands.RunInput body) {
        return Response.status(201).entity(debit.createBatch(body.period())).build();
    }

    @GET
    @Path("/debit-batches")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Direct debit batches, newest first")
    public List<DirectDebitService.BatchView> batches() {
        return debit.batches();
    }

    @GET
    @Path("/debit-batches/{id}")
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "A batch with its debits")
    public DirectDebitService.BatchView batch(@PathParam("id") long id) {
        return debit.batch(id);
    }

    @GET
    @Path("/debit-batches/{id}/file.csv")
    @Produces("text/csv")
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "The bank's collection file (clear account numbers: the export is logged)")
    public Response file(@PathParam("id") long id) {
        byte[] csv = debit.file(id);
        return Downloads.file(csv, "text/csv; charset=UTF-8", "debit-" + id + ".csv", "代扣批量-" + id + ".csv");
    }

    @POST
    @Path("/debit-batches/{id}/result")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RequiresPermissions(FinancePermissions.WRITE)
    @Operation(summary = "Import the bank's result file (all lines checked first; importing again changes nothing)")
    public DirectDebitService.ImportResult result(@PathParam("id") long id, @NotNull @Size(max = 5_000_000) String body) {
        return debit.importResult(id, body);
    }
}
