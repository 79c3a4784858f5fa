package org.anju.finance.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.Commands;
import org.anju.finance.application.Receipts;
import org.anju.finance.application.ResidentFinance;
import org.anju.finance.application.Views;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resident's bills and payments, on the phone (R6.4b). Only the signed-in resident's household. */
@Path("/my")
@Tag(name = "finance-resident", description = "居民：我的账单与缴费 Resident: bills and payments")
@Produces(MediaType.APPLICATION_JSON)
public class MyFinanceResource {

    @Inject
    ResidentFinance resident;

    @Inject
    Receipts receipts;

    @Inject
    Transactions transactions;

    @Inject
    OrganizationDirectory organizations;

    @GET
    @Path("/bills")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "What my household owes now and its bills, newest first")
    public Views.MyFinance bills() {
        return resident.bills();
    }

    @GET
    @Path("/bills/{id}")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "One of my bills with its lines")
    public Views.BillView bill(@PathParam("id") long id) {
        return resident.bill(id);
    }

    @POST
    @Path("/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "Pay some of my bills through a channel: answers the order and the cashier's address")
    public Response checkout(@NotNull @Valid Commands.CheckoutInput body) {
        return Response.status(201).entity(resident.checkout(body)).build();
    }

    @GET
    @Path("/payments")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "My payments, newest first")
    public List<Views.PaymentView> payments() {
        return resident.myPayments();
    }

    @GET
    @Path("/dunning")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "Reminders about overdue bills my household was sent, newest first")
    public List<org.anju.finance.application.DunningService.NoticeView> dunning() {
        return resident.myNotices();
    }

    @GET
    @Path("/payments/{orderNo}")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "One of my payments")
    public Views.PaymentView payment(@PathParam("orderNo") String orderNo) {
        return resident.myPayment(orderNo);
    }

    @POST
    @Path("/payments/{orderNo}/sandbox")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "The sandbox cashier: confirm (result=SUCCESS) or fail the payment; the channel then notifies, signed")
    public Views.PaymentView sandbox(@PathParam("orderNo") String orderNo,
                                     @QueryParam("result") @Pattern(regexp = "SUCCESS|FAILED") String result) {
        return resident.sandboxPay(orderNo, !"FAILED".equals(result));
    }

    @GET
    @Path("/payments/{orderNo}/receipt.pdf")
    @Produces("application/pdf")
    @RequiresPermissions(FinancePermissions.RESIDENT)
    @Operation(summary = "The receipt of one of my payments")
    public Response receipt(@PathParam("orderNo") String orderNo) {
        resident.myPayment(orderNo);
        byte[] pdf = transactions.inNew(() -> receipts.pdf(resident.order(orderNo), PaymentResource.payee(organizations)));
        return PaymentResource.pdf(pdf, orderNo);
    }
}
