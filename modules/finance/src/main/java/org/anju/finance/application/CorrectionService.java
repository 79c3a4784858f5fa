package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.BillStatus;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.LedgerKind;
import org.anju.finance.domain.Payment;
import org.anju.finance.domain.PaymentChannelKind;
import org.anju.finance.domain.PaymentStatus;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantContext;

/**
 * Corrections of the ledger (R7.4d): a posted entry is never changed, so a mistake is put right by a new entry. A bill
 * nobody will pay is <em>written off</em> (WRITE_OFF, the outstanding amount); a CHARGE issued in error, a WRITE_OFF
 * decided too early or a counter payment entered in error (or a debit the bank recalled) is <em>reversed</em>
 * (REVERSAL, the opposite amount, pointing at the entry it reverses). Both need {@code finance:approve} and a reason,
 * which goes into the entry's memo. Every operation locks the lease account first, like payments and billing runs, so
 * they never interleave on one lease; a retry answers what the first attempt did.
 */
@ApplicationScoped
@Transactional
public class CorrectionService {

    @Inject
    FinanceStore store;

    @Inject
    FinanceQueries queries;

    @Inject
    PaymentService payments;

    /** Writes off what is still owed on a bill. A bill already written off answers as it is (a retry). */
    public Views.BillView writeOff(long billId, Commands.CorrectionInput in) {
        FinanceStore.BillRow unlocked = queries.billRow(billId);
        LeaseAccount a = store.accountForUpdate(unlocked.leaseId()).orElseThrow();
        FinanceStore.BillRow b = store.billForUpdate(billId).orElseThrow();
        if (BillStatus.WRITTEN_OFF.name().equals(b.status())) {
            return queries.bill(billId);
        }
        if (!BillStatus.OPEN.name().equals(b.status()) && !BillStatus.PARTIAL.name().equals(b.status())) {
            throw ProblemException.conflict("bill-not-open", b.number(), b.status());
        }
        BigDecimal outstanding = b.amount().subtract(b.paid());
        store.post(LedgerKind.WRITE_OFF, a, b.id(), null, null, outstanding.negate(),
                "核销 " + b.number() + "：" + in.reason().strip(), TenantContext.actor(), Instant.now());
        store.billStatus(b.id(), BillStatus.WRITTEN_OFF.name());
        store.em().flush();
        payments.fireArrears(a);
        return queries.bill(billId);
    }

    /** Reverses a ledger entry; a second request for the same entry answers the reversal already posted. */
    public Views.EntryView reverse(long entryId, Commands.CorrectionInput in) {
        FinanceStore.EntryRow e = store.entry(entryId).orElseThrow(() -> ProblemException.notFound("entry-not-found", entryId));
        LeaseAccount a = store.accountForUpdate(e.leaseId()).orElseThrow();
        FinanceStore.EntryRow done = store.reversalOf(entryId).orElse(null);
        if (done != null) {
            return FinanceQueries.view(done);
        }
        String reason = in.reason().strip();
        LedgerKind kind = LedgerKind.valueOf(e.kind());
        switch (kind) {
            case CHARGE -> reverseCharge(e);
            case WRITE_OFF -> reverseWriteOff(e);
            case PAYMENT -> reversePayment(e);
            default -> throw ProblemException.conflict("entry-not-reversible", e.id(), e.kind());
        }
        store.post(LedgerKind.REVERSAL, a, e.billId(), e.paymentId(), e.id(), e.amount().negate(),
                "冲正 #" + e.id() + "（" + e.memo() + "）：" + reason, TenantContext.actor(), Instant.now());
        store.em().flush();
        payments.fireArrears(a);
        return FinanceQueries.view(store.reversalOf(entryId).orElseThrow());
    }

    /** A bill issued in error is cancelled; only while nothing was paid on it (reverse the payment first). */
    private void reverseCharge(FinanceStore.EntryRow e) {
        FinanceStore.BillRow b = store.billForUpdate(e.billId()).orElseThrow();
        if (b.paid().signum() != 0 || !BillStatus.OPEN.name().equals(b.status())) {
            throw ProblemException.conflict("bill-has-payments", b.number());
        }
        store.billStatus(b.id(), BillStatus.CANCELLED.name());
    }

    /** The bill owes again what the write-off took away. */
    private void reverseWriteOff(FinanceStore.EntryRow e) {
        FinanceStore.BillRow b = store.billForUpdate(e.billId()).orElseThrow();
        if (!BillStatus.WRITTEN_OFF.name().equals(b.status())) {
            throw ProblemException.conflict("entry-not-reversible", e.id(), e.kind());
        }
        store.reopenBill(b.id());
    }

    /**
     * Money that did not arrive: a counter payment entered in error or a direct debit the bank recalled. Online payments
     * did arrive at the channel; they are refunded through it instead. Bills it paid owe that part again.
     */
    private void reversePayment(FinanceStore.EntryRow e) {
        Payment p = store.payment(e.paymentId()).orElseThrow();
        if (p.channel() != PaymentChannelKind.COUNTER && p.channel() != PaymentChannelKind.DIRECT_DEBIT) {
            throw ProblemException.conflict("payment-not-reversible", p.orderNo(), p.channel().name());
        }
        if (p.status() != PaymentStatus.PAID) {
            throw ProblemException.conflict("entry-not-reversible", e.id(), e.kind());
        }
        if (!store.refunds(p.id()).isEmpty()) {
            throw ProblemException.conflict("payment-refunded", p.orderNo());
        }
        if (store.allocatedBillStatuses(p.id()).stream()
                .anyMatch(s -> s.equals(BillStatus.WRITTEN_OFF.name()) || s.equals(BillStatus.CANCELLED.name()))) {
            throw ProblemException.conflict("payment-bill-written-off", p.orderNo());
        }
        store.unallocate(p.id());
        p.reversed();
    }
}
