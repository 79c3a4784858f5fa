package org.anju.finance.application;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.api.ArrearsChanged;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.LedgerKind;
import org.anju.finance.domain.Money;
import org.anju.finance.domain.Payment;
import org.anju.finance.domain.PaymentAllocator;
import org.anju.finance.domain.PaymentChannelKind;
import org.anju.finance.domain.PaymentStatus;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.tenancy.api.TenantContext;

/**
 * Payments (R6.4b, R4.3): counter payments entered by staff with their receipt number, online orders paid through a
 * channel's verified callback. Posting is the same for both: one PAYMENT entry in the ledger (a partial unique index
 * makes a second posting impossible), then the amount goes to the chosen bills and the oldest open bills, and what is
 * left is credit for the next bills. Retrying a counter payment with the same receipt number answers the first one.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject
    FinanceStore store;

    @Inject
    Event<ArrearsChanged> arrears;

    public Views.PaymentView counter(Commands.CounterPaymentInput in) {
        String receipt = in.receiptNo().strip().toUpperCase();
        Payment existing = store.paymentByReceipt(receipt).orElse(null);
        if (existing != null) {
            if (existing.leaseId() == in.leaseId() && existing.amount().compareTo(Money.fen(in.amount())) == 0) {
                return view(existing);
            }
            throw ProblemException.conflict("receipt-exists", receipt);
        }
        LeaseAccount a = store.accountForUpdate(in.leaseId())
                .orElseThrow(() -> ProblemException.invalid("leaseId", "finance.validation.lease"));
        AnjuPrincipal me = CurrentPrincipal.require();
        Instant now = Instant.now();
        Payment p = store.add(new Payment(orderNo(now), a.leaseId(), a.householdId(), PaymentChannelKind.COUNTER,
                in.method(), in.amount(), null, me.actor(), FinanceRules.trim(in.note()), now));
        store.em().flush();
        p.paid(null, receipt, now);
        post(a, p, List.of());
        store.em().flush();
        return view(p);
    }

    /** A successful direct debit reported by the bank: a paid payment posted like any other. */
    public Payment debited(long leaseId, BigDecimal amount, String bankTxn, String reference) {
        return internal(leaseId, PaymentChannelKind.DIRECT_DEBIT, amount, bankTxn, "银行代扣 " + reference);
    }

    /** Part of the deposit applied to the lease's arrears at move-out. */
    public Payment fromDeposit(long leaseId, BigDecimal amount) {
        return internal(leaseId, PaymentChannelKind.DEPOSIT, amount, null, "押金抵扣欠费");
    }

    private Payment internal(long leaseId, PaymentChannelKind channel, BigDecimal amount, String externalId, String note) {
        LeaseAccount a = store.accountForUpdate(leaseId).orElseThrow();
        Instant now = Instant.now();
        Payment p = store.add(new Payment(orderNo(now), a.leaseId(), a.householdId(), channel, null,
                amount, null, TenantContext.actor(), note, now));
        store.em().flush();
        p.paid(externalId, receiptNo(now, p), now);
        post(a, p, List.of());
        store.em().flush();
        return p;
    }

    /**
     * Gives back credit (an overpayment) to the payer: at most what the payment has not paid off; a REFUND entry
     * (positive: the lease holds that much less credit). A retry with the same reference changes nothing.
     */
    public Views.PaymentView refund(long paymentId, Commands.PaymentRefundInput in) {
        Payment p = find(paymentId);
        LeaseAccount a = store.accountForUpdate(p.leaseId()).orElseThrow();
        if (p.status() != PaymentStatus.PAID) {
            throw ProblemException.conflict("payment-not-paid", p.orderNo());
        }
        String reference = in.reference().strip();
        boolean again = store.refunds(p.id()).stream().anyMatch(r -> reference.equals(r[2]));
        if (again) {
            return view(p);
        }
        BigDecimal credit = store.unallocated(p.id());
        if (Money.fen(in.amount()).compareTo(credit) > 0) {
            throw ProblemException.invalid("amount", "finance.validation.refund.credit", credit);
        }
        if (!store.refund(p.id(), Money.fen(in.amount()), reference, in.reason().strip(), TenantContext.actor())) {
            throw ProblemException.conflict("refund-reference-used", reference);
        }
        store.post(LedgerKind.REFUND, a, null, p.id(), null, Money.fen(in.amount()), "退款 " + reference + "：" + in.reason().strip(),
                TenantContext.actor(), Instant.now());
        store.em().flush();
        return view(p);
    }

    /** A resident's online order for some of their bills; the channel's cashier takes it from here. */
    public Payment order(LeaseAccount a, List<Long> billIds, PaymentChannelKind channel, String payer) {
        Set<Long> wanted = new HashSet<>(billIds);
        BigDecimal total = Money.ZERO;
        for (FinanceStore.BillRow b : store.openBillsForUpdate(a.leaseId())) {
            if (wanted.remove(b.id())) {
                total = total.add(b.amount().subtract(b.paid()));
            }
        }
        if (!wanted.isEmpty() && total.signum() == 0) {
            throw ProblemException.invalid("billIds", "finance.validation.bills.paid");
        }
        if (!wanted.isEmpty()) {
            throw ProblemException.invalid("billIds", "finance.validation.bills.someoneElses", wanted.iterator().next());
        }
        if (total.signum() <= 0) {
            throw ProblemException.invalid("billIds", "finance.validation.bills.paid");
        }
        Instant now = Instant.now();
        Payment p = store.add(new Payment(orderNo(now), a.leaseId(), a.householdId(), channel, null, total,
                joined(billIds), payer, null, now));
        store.em().flush();
        return p;
    }

    /**
     * A verified notification that an order was paid (or failed). The order row is locked first, so of two concurrent
     * notifications one posts and the other finds it PAID; a replay changes nothing. Answers what happened.
     */
    public String settle(String orderNo, String externalId, BigDecimal amount, boolean success) {
        Payment p = store.paymentByOrder(orderNo, true).orElse(null);
        if (p == null) {
            return "UNKNOWN_ORDER";
        }
        if (p.status() == PaymentStatus.PAID) {
            return "DUPLICATE";
        }
        if (p.status() != PaymentStatus.CREATED) {
            return "ALREADY_" + p.status().name();
        }
        if (amount == null || p.amount().compareTo(Money.fen(amount)) != 0) {
            return "AMOUNT_MISMATCH";
        }
        Instant now = Instant.now();
        if (!success) {
            p.failed(externalId, now);
            return "FAILED";
        }
        LeaseAccount a = store.accountForUpdate(p.leaseId()).orElseThrow();
        p.paid(externalId, receiptNo(now, p), now);
        store.em().flush();
        List<Long> chosen = p.billIds() == null ? List.of()
                : Arrays.stream(p.billIds().split(",")).map(Long::valueOf).toList();
        post(a, p, chosen);
        store.em().flush();
        return "PAID";
    }

    /** Credit the lease holds (overpayments) goes to its open bills, oldest first (a billing run calls this). */
    public void applyCredit(long leaseId) {
        LeaseAccount a = store.accountForUpdate(leaseId).orElseThrow();
        for (long paymentId : store.paymentsWithCredit(leaseId)) {
            BigDecimal credit = store.unallocated(paymentId);
            allocate(paymentId, credit, store.openBillsForUpdate(leaseId), List.of());
        }
        fireArrears(a);
    }

    private void post(LeaseAccount a, Payment p, List<Long> chosen) {
        String memo = switch (p.channel()) {
            case COUNTER -> "柜台收款 " + p.receiptNo();
            case DIRECT_DEBIT, DEPOSIT -> p.note();
            default -> "在线支付 " + p.orderNo();
        };
        store.post(LedgerKind.PAYMENT, a, null, p.id(), null, p.amount().negate(), memo, TenantContext.actor(), p.paidAt());
        allocate(p.id(), p.amount(), store.openBillsForUpdate(a.leaseId()), chosen);
        fireArrears(a);
    }

    private void allocate(long paymentId, BigDecimal amount, List<FinanceStore.BillRow> open, List<Long> chosenFirst) {
        if (amount.signum() <= 0 || open.isEmpty()) {
            return;
        }
        List<PaymentAllocator.Open> first = new ArrayList<>();
        List<PaymentAllocator.Open> rest = new ArrayList<>();
        for (FinanceStore.BillRow b : open) {
            PaymentAllocator.Open o = new PaymentAllocator.Open(b.id(), b.period(), b.amount().subtract(b.paid()));
            (chosenFirst.contains(b.id()) ? first : rest).add(o);
        }
        BigDecimal left = amount;
        for (List<PaymentAllocator.Open> group : List.of(first, rest)) {
            if (left.signum() <= 0 || group.isEmpty()) {
                continue;
            }
            PaymentAllocator.Result r = PaymentAllocator.allocate(left, group);
            for (PaymentAllocator.Share s : r.shares()) {
                store.applyToBill(paymentId, s.billId(), s.amount());
            }
            left = r.credit();
        }
    }

    /** Tells the alerts what the lease owes overdue now (after anything that changed its bills). */
    public void fireArrears(LeaseAccount a) {
        LocalDate today = FinanceRules.today();
        BigDecimal overdue = Money.ZERO;
        LocalDate oldest = null;
        for (FinanceStore.BillRow b : store.openBillsForUpdate(a.leaseId())) {
            if (b.dueDate().isBefore(today)) {
                overdue = overdue.add(b.amount().subtract(b.paid()));
                oldest = oldest == null || b.dueDate().isBefore(oldest) ? b.dueDate() : oldest;
            }
        }
        long days = oldest == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(oldest, today);
        arrears.fire(new ArrearsChanged(TenantContext.require(), a.leaseId(), a.householdId(), overdue, oldest, days));
    }

    public org.anju.kernel.api.Page<Views.PaymentView> list(Long leaseId, String channel, String status,
                                                          org.anju.kernel.api.PageRequest page) {
        return store.payments(leaseId, channel, status, page).map(this::view);
    }

    public Payment find(long id) {
        return store.payment(id).orElseThrow(() -> ProblemException.notFound("payment-not-found", id));
    }

    public Views.PaymentView view(Payment p) {
        List<Views.AllocationView> allocations = store.allocationsOf(p.id()).stream()
                .map(r -> new Views.AllocationView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (BigDecimal) r[3]))
                .toList();
        BigDecimal credit = p.status() == PaymentStatus.PAID ? store.unallocated(p.id()) : Money.ZERO;
        return new Views.PaymentView(p.id(), p.orderNo(), p.leaseId(), p.channel().name(), p.method(), p.amount(),
                p.status().name(), p.receiptNo(), p.payer(), p.note(), p.createdAt(), p.paidAt(), allocations, credit);
    }

    static String orderNo(Instant now) {
        return "P" + DAY.format(now.atZone(FinanceRules.ZONE).toLocalDate()) + String.format("%010d", RANDOM.nextLong(10_000_000_000L));
    }

    /** Electronic receipt numbers: R + date + the payment id, unique and increasing. */
    static String receiptNo(Instant now, Payment p) {
        return "R" + DAY.format(now.atZone(FinanceRules.ZONE).toLocalDate()) + String.format("%08d", p.id());
    }

    private static String joined(List<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(id);
        }
        return b.toString();
    }
}
