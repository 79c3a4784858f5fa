package org.anju.finance.application;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import org.anju.finance.domain.CallbackSignature;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.Money;
import org.anju.finance.domain.Payment;
import org.anju.finance.domain.PaymentChannelKind;
import org.anju.finance.domain.PaymentStatus;
import org.anju.finance.domain.BillFilter;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The resident's side of finance (phone first): my bills, paying them through a channel, my payments and receipts.
 * A resident reaches only their household's accounts; another household's bill or order answers 404.
 * <p>
 * The sandbox channel's cashier is part of the platform: confirming there makes the platform send the channel's
 * signed notification to its own callback address over HTTP, exactly as a real channel would, so the demo and the
 * tests exercise the same verification path as production.
 */
@ApplicationScoped
public class ResidentFinance {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    FinanceStore store;

    @Inject
    FinanceQueries queries;

    @Inject
    PaymentService payments;

    @Inject
    PaymentCallbacks callbacks;

    @Inject
    LeaseDirectory leases;

    @Inject
    DunningService dunning;

    @Inject
    Transactions transactions;

    @Inject
    ChannelSettings channelSettings;

    @Inject
    @ConfigProperty(name = "ANJU_HTTP_PORT", defaultValue = "9080")
    String httpPort;

    @Inject
    @ConfigProperty(name = "ANJU_CALLBACK_BASE_URL")
    java.util.Optional<String> callbackBase;

    private long household() {
        long user = CurrentPrincipal.require().subjectId();
        return leases.householdOfUser(user).orElseThrow(() -> ProblemException.notFound("household-not-found", "-"));
    }

    private List<Long> myLeases() {
        return store.accountsOfHousehold(household()).stream().map(LeaseAccount::leaseId).toList();
    }

    public Views.MyFinance bills() {
        return transactions.inNew(() -> {
            long h = household();
            Page<Views.BillView> page = queries.bills(new BillFilter(null, h, null, null, null, null,
                    FinanceRules.today()), new PageRequest(1, 60));
            BigDecimal outstanding = Money.ZERO;
            for (Views.BillView b : page.items()) {
                if ("OPEN".equals(b.status()) || "PARTIAL".equals(b.status())) {
                    outstanding = outstanding.add(b.outstanding());
                }
            }
            BigDecimal credit = Money.ZERO;
            for (Payment p : store.paymentsOfLeases(myLeases(), 200)) {
                if (p.status() == PaymentStatus.PAID) {
                    credit = credit.add(store.unallocated(p.id()));
                }
            }
            return new Views.MyFinance(outstanding, credit, page.items());
        });
    }

    public Views.BillView bill(long id) {
        return transactions.inNew(() -> {
            FinanceStore.BillRow b = queries.billRow(id);
            if (b.householdId() != household()) {
                throw ProblemException.notFound("bill-not-found", id);
            }
            return queries.bill(id);
        });
    }

    public Views.Checkout checkout(Commands.CheckoutInput in) {
        AnjuPrincipal me = CurrentPrincipal.require();
        return transactions.inNew(() -> {
            long h = household();
            List<Long> ids = in.billIds().stream().distinct().toList();
            Long lease = null;
            for (long id : ids) {
                FinanceStore.BillRow b = store.bill(id).orElse(null);
                if (b == null || b.householdId() != h) {
                    throw ProblemException.invalid("billIds", "finance.validation.bills", id);
                }
                if (lease != null && lease != b.leaseId()) {
                    throw ProblemException.invalid("billIds", "finance.validation.bills.oneLease");
                }
                lease = b.leaseId();
            }
            if (!"SANDBOX".equals(in.channel()) && channelSettings.config(in.channel()).isEmpty()) {
                throw ProblemException.conflict("channel-not-enabled", in.channel());
            }
            LeaseAccount a = store.accountForUpdate(lease).orElseThrow();
            Payment p = payments.order(a, ids, PaymentChannelKind.valueOf(in.channel()), me.actor());
            String payUrl = "/o/" + me.organizationCode() + "/pay/" + p.orderNo();
            return new Views.Checkout(p.orderNo(), p.amount(), p.channel().name(), payUrl, p.createdAt().plus(Duration.ofMinutes(30)));
        });
    }

    /** The sandbox cashier: the resident confirms (or cancels); the channel then notifies the platform, signed. */
    public Views.PaymentView sandboxPay(String orderNo, boolean success) {
        AnjuPrincipal me = CurrentPrincipal.require();
        Payment p = order(orderNo);
        if (p.channel() != PaymentChannelKind.SANDBOX) {
            throw ProblemException.conflict("payment-not-sandbox", orderNo);
        }
        if (p.status() == PaymentStatus.CREATED) {
            String body = Json.createObjectBuilder().add("orderNo", p.orderNo())
                    .add("transactionId", "SBX" + UUID.randomUUID().toString().replace("-", "").substring(0, 20))
                    .add("amount", p.amount().toPlainString()).add("status", success ? "SUCCESS" : "FAILED")
                    .add("paidAt", Instant.now().toString()).build().toString();
            String signature = CallbackSignature.sign(callbacks.merchantKey(me.organizationCode()),
                    Instant.now().getEpochSecond(), UUID.randomUUID().toString(), body);
            notifyOverHttp(me.organizationCode(), signature, body);
        }
        return transactions.inNew(() -> payments.view(store.paymentByOrder(orderNo, false).orElseThrow()));
    }

    private void notifyOverHttp(String org, String signature, String body) {
        String base = callbackBase.filter(b -> !b.isBlank()).orElse("http://localhost:" + httpPort);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/payments/notify/sandbox/" + org))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header(CallbackSignature.HEADER, signature).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new ProblemException(502, "payment-channel-failed", r.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new ProblemException(502, "payment-channel-failed", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(502, "payment-channel-failed", "interrupted");
        }
    }

    public List<Views.PaymentView> myPayments() {
        return transactions.inNew(() -> {
            List<Views.PaymentView> out = new ArrayList<>();
            for (Payment p : store.paymentsOfLeases(myLeases(), 100)) {
                out.add(payments.view(p));
            }
            return out;
        });
    }

    /** The reminders the household was sent about overdue bills, newest first (R6.4d). */
    public List<DunningService.NoticeView> myNotices() {
        return transactions.inNew(() -> dunning.history(null, household()));
    }

    public Views.PaymentView myPayment(String orderNo) {
        return transactions.inNew(() -> payments.view(order(orderNo)));
    }

    public Payment order(String orderNo) {
        return transactions.inNew(() -> {
            Payment p = store.paymentByOrder(orderNo, false).orElse(null);
            if (p == null || p.householdId() != household()) {
                throw ProblemException.notFound("payment-not-found", orderNo);
            }
            return p;
        });
    }
}
