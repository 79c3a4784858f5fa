package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.Money;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.DepositSettlementRequested;
import org.anju.tenancy.api.TenantContext;

/**
 * Deposits (押金): received and held while the household lives there; at move-out leasing hands the settlement to
 * finance with the move-out checklist; staff deduct itemised damages, may apply the rest to arrears, and refund what
 * is left. Deposits are the household's money held, not rent: they stay out of the rent ledger, except the part that
 * pays arrears, which is posted as a payment.
 */
@ApplicationScoped
@Transactional
public class DepositService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    FinanceStore store;

    @Inject
    PaymentService payments;

    /** A deduction from the deposit. */
    public record Deduction(String item, BigDecimal amount) {
    }

    /** A deposit as shown. */
    public record DepositView(long leaseId, BigDecimal amount, String status, String method, String receiptNo,
                              Instant receivedAt, LocalDate moveOutOn, String checklist, List<Deduction> deductions,
                              BigDecimal deducted, BigDecimal toArrears, BigDecimal refund, String settledBy,
                              Instant settledAt, String refundReference, Instant refundedAt) {
    }

    public DepositView receive(long leaseId, Commands.DepositInput in) {
        LeaseAccount a = store.account(leaseId).orElseThrow(() -> ProblemException.invalid("leaseId", "finance.validation.lease"));
        String receipt = in.receiptNo().strip().toUpperCase();
        Optional<Object[]> existing = store.deposit(leaseId);
        if (existing.isPresent() && existing.get()[5] != null) {
            if (receipt.equals(existing.get()[4])) {
                return get(leaseId);
            }
            throw ProblemException.conflict("deposit-received", a.leaseNumber());
        }
        BigDecimal amount = in.amount() == null ? a.deposit() : Money.fen(in.amount());
        store.receiveDeposit(leaseId, amount, in.method(), receipt);
        return get(leaseId);
    }

    /** Move-out: leasing asks for the settlement; the deposit waits for staff to settle it. */
    void onSettlementRequested(@Observes DepositSettlementRequested e) {
        if (store.account(e.leaseId()).isEmpty()) {
            return;
        }
        store.requestSettlement(e.leaseId(), e.deposit() == null ? Money.ZERO : Money.fen(e.deposit()), e.moveOutOn(), e.checklistJson());
    }

    public DepositView settle(long leaseId, Commands.SettlementInput in) {
        Object[] d = store.deposit(leaseId).orElseThrow(() -> ProblemException.notFound("deposit-not-found", leaseId));
        String status = (String) d[2];
        if (!"HELD".equals(status) && !"SETTLING".equals(status)) {
            throw ProblemException.conflict("deposit-settled", leaseId);
        }
        BigDecimal held = d[5] == null ? Money.ZERO : (BigDecimal) d[1];
        BigDecimal deducted = Money.ZERO;
        for (Commands.DeductionInput x : in.deductions()) {
            deducted = deducted.add(Money.fen(x.amount()));
        }
        if (deducted.compareTo(held) > 0) {
            throw ProblemException.invalid("deductions", "finance.validation.deposit.deductions", held);
        }
        BigDecimal toArrears = Money.ZERO;
        BigDecimal owed = store.balance(leaseId, null);
        if (Boolean.TRUE.equals(in.applyToArrears()) && owed.signum() > 0) {
            toArrears = Money.min(held.subtract(deducted), owed);
            if (toArrears.signum() > 0) {
                payments.fromDeposit(leaseId, toArrears);
            }
        }
        BigDecimal refund = held.subtract(deducted).subtract(toArrears);
        List<Deduction> items = in.deductions().stream().map(x -> new Deduction(x.item().strip(), Money.fen(x.amount()))).toList();
        store.settleDeposit(leaseId, JSON.toJson(items), deducted, toArrears, refund, TenantContext.actor(),
                refund.signum() > 0 ? "SETTLED" : "CLOSED");
        return get(leaseId);
    }

    public DepositView refund(long leaseId, Commands.RefundInput in) {
        Object[] d = store.deposit(leaseId).orElseThrow(() -> ProblemException.notFound("deposit-not-found", leaseId));
        if (!"SETTLED".equals(d[2])) {
            if ("REFUNDED".equals(d[2]) && in.reference().strip().equals(d[14])) {
                return get(leaseId);
            }
            throw ProblemException.conflict("deposit-not-settled", leaseId);
        }
        store.refundDeposit(leaseId, in.reference().strip());
        return get(leaseId);
    }

    public DepositView get(long leaseId) {
        Object[] d = store.deposit(leaseId).orElseThrow(() -> ProblemException.notFound("deposit-not-found", leaseId));
        List<Deduction> deductions = d[8] == null ? List.of()
                : List.of(JSON.fromJson((String) d[8], Deduction[].class));
        return new DepositView(leaseId, (BigDecimal) d[1], (String) d[2], (String) d[3], (String) d[4],
                FinanceStore.instant(d[5]), FinanceStore.date(d[6]), (String) d[7], deductions, (BigDecimal) d[9],
                (BigDecimal) d[10], (BigDecimal) d[11], (String) d[12], FinanceStore.instant(d[13]), (String) d[14],
                FinanceStore.instant(d[15]));
    }
}
