package org.anju.finance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.Commands;
import org.anju.finance.application.PaymentCallbacks;
import org.anju.finance.application.PaymentService;
import org.anju.finance.application.Receipts;
import org.anju.finance.application.Views;
import org.anju.finance.domain.CallbackSignature;
import org.anju.finance.domain.Payment;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.Downloads;
import org.anju.security.api.CurrentPrincipal;
import org.anju.tenancy.api.OrganizationDirectory;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payments (R6.4b, R4.3): counter payments, the payment list, receipts, and the channels' notifications. */
@Path("/payments")
@Tag(name = "finance-payments", description = "收款与支付回调 Payments and channel notifications")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService payments;

    @Inject
    PaymentCallbacks callbacks;

    @Inject
    Receipts receipts;

    @Inject
    OrganizationDirectory organizations;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/counter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.COLLECT)
    @Operation(summary = "Enter a counter payment with its receipt number (a retry with the same receipt answers the first)")
    public Response counter(@NotNull @Valid Commands.CounterPaymentInput body) {
        return Response.status(201).entity(payments.counter(body)).build();
    }

    @GET
    @Transactional
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Payments, newest first (leaseId=, channel=, status=)")
    public Page<Views.PaymentView> list(@QueryParam("leaseId") Long leaseId,
                                        @QueryParam("channel") @Pattern(regexp = "SANDBOX|WECHAT|ALIPAY|UNIONPAY|COUNTER|DIRECT_DEBIT") String channel,
                                        @QueryParam("status") @Pattern(regexp = "CREATED|PAID|FAILED|CLOSED|REVERSED") String status,
                                        @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return payments.list(leaseId, channel, status, new PageRequest(page, size));
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "A payment with what it paid")
    public Views.PaymentView get(@PathParam("id") long id) {
        return payments.view(payments.find(id));
    }

    @POST
    @Path("/{id}/refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.COLLECT)
    @Operation(summary = "Refund credit (an overpayment) to the payer; a retry with the same reference changes nothing")
    public Views.PaymentView refund(@PathParam("id") long id, @NotNull @Valid Commands.PaymentRefundInput body) {
        return payments.refund(id, body);
    }

    @GET
    @Path("/{id}/receipt.pdf")
    @Produces("application/pdf")
    @Transactional
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "The electronic receipt of a paid payment")
    public Response receipt(@PathParam("id") long id) {
        Payment p = payments.find(id);
        return pdf(receipts.pdf(p, payee(organizations)), p.receiptNo());
    }

    @POST
    @Path("/notify/sandbox/{org}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The sandbox channel's signed notification (verified before use; replays change nothing)")
    public Response sandboxNotify(@PathParam("org") @Pattern(regexp = "[a-z][a-z0-9_]{1,39}") String org,
                                  @HeaderParam(CallbackSignature.HEADER) String signature, String body) {
        PaymentCallbacks.Answer a = callbacks.sandbox(org, signature, body == null ? "" : body, request.getRemoteAddr());
        return Response.status(a.status()).type(MediaType.APPLICATION_JSON)
                .entity(java.util.Map.of("code", a.code(), "message", a.message())).build();
    }

    @POST
    @Path("/notify/{channel: wechat|alipay|unionpay}/{org}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "WeChat Pay, Alipay and UnionPay notifications (verified with the operator's merchant settings)")
    public Response channelNotify(@PathParam("channel") String channel,
                                  @PathParam("org") @Pattern(regexp = "[a-z][a-z0-9_]{1,39}") String org,
                                  @Context jakarta.ws.rs.core.HttpHeaders headers, String body) {
        java.util.Map<String, String> lower = new java.util.HashMap<>();
        headers.getRequestHeaders().forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v.isEmpty() ? null : v.get(0)));
        org.anju.finance.api.PaymentChannel.Answer a = callbacks.channel(channel.toUpperCase(java.util.Locale.ROOT), org, lower,
                body == null ? "" : body, request.getRemoteAddr());
        return Response.status(a.status()).type(a.contentType() + "; charset=UTF-8").entity(a.body()).build();
    }

    static String payee(OrganizationDirectory organizations) {
        String code = CurrentPrincipal.require().organizationCode();
        return organizations.byCode(code).map(o -> o.name()).orElse(code);
    }

    static Response pdf(byte[] bytes, String number) {
        return Downloads.file(bytes, "application/pdf", "receipt-" + number + ".pdf", "收据-" + number + ".pdf");
    }
}
