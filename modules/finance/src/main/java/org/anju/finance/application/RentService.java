package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditReason;
import org.anju.finance.domain.AdjustmentStatus;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.LedgerKind;
import org.anju.finance.domain.RentAdjustment;
import org.anju.finance.domain.RentCalculator;
import org.anju.finance.domain.RentRule;
import org.anju.finance.domain.RentRuleMode;
import org.anju.finance.domain.RentStandard;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.housing.api.UnitDirectory;
import org.anju.kernel.api.ProblemException;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;

/**
 * Rent (R6.4c, R7.4d): the year's standard per project, the rule per eligibility category, the yearly calculation that
 * proposes each lease's new rent, and adjustments — every change of a lease's rent is proposed with a reason and
 * applied only when someone else approves it; the account's Envers history then shows who, when and why.
 */
@ApplicationScoped
@Transactional
public class RentService {

    @Inject
    FinanceStore store;

    @Inject
    PaymentService payments;

    @Inject
    UnitDirectory units;

    public List<Views.RentStandardView> standards(Long projectId, Integer year) {
        return store.standards(projectId, year).stream().map(RentService::view).toList();
    }

    /** Creates or changes the standard of a project and year. */
    public Views.RentStandardView putStandard(Commands.RentStandardInput in) {
        if (!units.projectExists(in.projectId())) {
            throw ProblemException.invalid("projectId", "finance.validation.project");
        }
        Instant now = Instant.now();
        Optional<RentStandard> existing = store.standard(in.projectId(), in.year());
        RentStandard s;
        if (existing.isPresent()) {
            s = existing.get();
            AuditReason.set(FinanceRules.trim(in.note()));
            s.change(in.pricePerSqm(), FinanceRules.trim(in.note()), now);
        } else {
            s = store.add(new RentStandard(in.projectId(), in.year(), in.pricePerSqm(), FinanceRules.trim(in.note()), now));
        }
        store.em().flush();
        return view(s);
    }

    public List<Views.RentRuleView> rules() {
        return store.rules().stream().map(RentService::view).toList();
    }

    public Views.RentRuleView putRule(String category, Commands.RentRuleInput in) {
        if (in.mode() != RentRuleMode.STANDARD && in.value() == null) {
            throw ProblemException.invalid("value", "finance.validation.rule.value");
        }
        if (in.mode() == RentRuleMode.DISCOUNT && in.value().compareTo(new BigDecimal(100)) > 0) {
            throw ProblemException.invalid("value", "finance.validation.rule.percent");
        }
        Instant now = Instant.now();
        RentRule r = store.rule(category).orElse(null);
        if (r == null) {
            r = store.add(new RentRule(category, in.mode(), in.value(), FinanceRules.trim(in.note()), now));
        } else {
            r.change(in.mode(), in.value(), FinanceRules.trim(in.note()), now);
        }
        store.em().flush();
        return view(r);
    }

    /** Proposes a new rent for one lease. */
    public Views.AdjustmentView propose(long leaseId, Commands.AdjustmentInput in) {
        LeaseAccount a = store.accountForUpdate(leaseId).orElseThrow(() -> ProblemException.notFound("account-not-found", leaseId));
        if (a.monthlyRent().compareTo(in.newRent()) == 0) {
            throw ProblemException.invalid("newRent", "finance.validation.rent.same");
        }
        if (!store.adjustments(leaseId, AdjustmentStatus.PENDING.name()).isEmpty()) {
            throw ProblemException.conflict("adjustment-pending", a.leaseNumber());
        }
        YearMonth from = in.effectiveFrom() == null ? FinanceRules.thisMonth() : YearMonth.parse(in.effectiveFrom());
        if (from.isBefore(YearMonth.from(a.startDate())) || from.isAfter(FinanceRules.thisMonth().plusMonths(12))) {
            throw ProblemException.invalid("effectiveFrom", "finance.validation.adjustment.from", YearMonth.from(a.startDate()));
        }
        AnjuPrincipal me = CurrentPrincipal.require();
        RentAdjustment adj = store.add(new RentAdjustment(leaseId, a.monthlyRent(), in.newRent(),
                from.toString(), in.reason().strip(), null, me.actor(), me.subjectId(), Instant.now()));
        store.em().flush();
        return view(adj, a);
    }

    /**
     * The yearly calculation: for every active lease of the project (or all), area × standard × category rule; where
     * the result differs from the rent in force, an adjustment is proposed for approval. Leases without a standard for
     * the year are listed as skipped.
     */
    public Views.Calculation calculate(Commands.CalculationInput in) {
        AnjuPrincipal me = CurrentPrincipal.require();
        int proposed = 0;
        int unchanged = 0;
        List<String> skipped = new ArrayList<>();
        Instant now = Instant.now();
        for (LeaseAccount a : store.activeAccounts(in.projectId())) {
            Optional<RentStandard> standard = store.standard(a.projectId(), in.year());
            if (standard.isEmpty()) {
                skipped.add(a.leaseNumber());
                continue;
            }
            RentRule rule = a.eligibilityCategory() == null ? null : store.rule(a.eligibilityCategory()).orElse(null);
            RentCalculator.Basis basis = new RentCalculator.Basis(a.area(), standard.get().pricePerSqm(),
                    rule == null ? RentRuleMode.STANDARD : rule.mode(), rule == null ? null : rule.value());
            BigDecimal rent = RentCalculator.monthlyRent(basis);
            if (rent.compareTo(a.monthlyRent()) == 0 || !store.adjustments(a.leaseId(), AdjustmentStatus.PENDING.name()).isEmpty()) {
                unchanged++;
                continue;
            }
            String why = a.area() + " ㎡ × " + basis.standard() + " 元/㎡·月 × " + describe(basis) + " = " + rent;
            store.add(new RentAdjustment(a.leaseId(), a.monthlyRent(), rent, YearMonth.of(in.year(), 1).toString(),
                    in.reason().strip(), why, me.actor(), me.subjectId(), now));
            proposed++;
        }
        return new Views.Calculation(in.year(), proposed, unchanged, skipped);
    }

    private static String describe(RentCalculator.Basis b) {
        return switch (b.mode()) {
            case STANDARD -> "100%";
            case DISCOUNT -> b.value().stripTrailingZeros().toPlainString() + "%";
            case FIXED_RATE -> "固定单价 " + b.value();
            case FIXED_AMOUNT -> "固定租金 " + b.value();
        };
    }

    public List<Views.AdjustmentView> adjustments(Long leaseId, String status) {
        return store.adjustments(leaseId, status).stream()
                .map(adj -> view(adj, store.account(adj.leaseId()).orElse(null))).toList();
    }

    /**
     * Approves (someone other than the proposer) and applies the new rent: bills not yet issued are billed with it, and
     * bills already issued for periods from {@code effectiveFrom} on get a rent adjustment line for the difference, with
     * an ADJUSTMENT entry in the ledger (R7.4d). A decrease on a bill already paid turns the excess into credit, which
     * then pays the lease's other open bills, oldest first.
     */
    public Views.AdjustmentView decide(long id, boolean approve, String note) {
        RentAdjustment adj = store.adjustment(id).orElseThrow(() -> ProblemException.notFound("adjustment-not-found", id));
        if (adj.status() != AdjustmentStatus.PENDING) {
            throw ProblemException.conflict("adjustment-decided", id);
        }
        AnjuPrincipal me = CurrentPrincipal.require();
        if (adj.requestedById() != null && adj.requestedById() == me.subjectId()) {
            throw new ProblemException(403, "adjustment-same-person");
        }
        LeaseAccount a = store.accountForUpdate(adj.leaseId()).orElseThrow();
        adj.decide(approve, me.actor(), FinanceRules.trim(note), Instant.now());
        if (approve) {
            AuditReason.set(adj.reason() + "（审批：" + me.actor() + "）");
            a.changeRent(adj.newRent(), Instant.now());
            store.em().flush();
            retroactive(a, adj, me.actor());
        }
        store.em().flush();
        return view(adj, a);
    }

    private void retroactive(LeaseAccount a, RentAdjustment adj, String approver) {
        for (FinanceStore.BillRow b : store.billsFromForUpdate(a.leaseId(), adj.effectiveFrom())) {
            BigDecimal diff = RentCalculator.retroactiveDifference(store.rentOfBill(b.id()), adj.oldRent(), adj.newRent());
            if (diff.signum() == 0) {
                continue;
            }
            BigDecimal newTotal = b.amount().add(diff);
            if (b.paid().compareTo(newTotal) > 0) {
                store.giveBack(b.id(), b.paid().subtract(newTotal));
            }
            String what = "租金调整 " + adj.oldRent().toPlainString() + "→" + adj.newRent().toPlainString();
            store.addLine(b.id(), "RENT", what, diff);
            store.post(LedgerKind.ADJUSTMENT, a, b.id(), null, null, diff, what + "（" + b.number() + "，" + adj.reason() + "）",
                    approver, Instant.now());
        }
        store.em().flush();
        // credit given back (or held from before) pays what the lease owes now, oldest first; arrears are announced
        payments.applyCredit(a.leaseId());
    }

    static Views.RentStandardView view(RentStandard s) {
        return new Views.RentStandardView(s.id(), s.projectId(), s.year(), s.pricePerSqm(), s.note(), s.updatedAt());
    }

    static Views.RentRuleView view(RentRule r) {
        return new Views.RentRuleView(r.id(), r.category(), r.mode().name(), r.value(), r.note());
    }

    static Views.AdjustmentView view(RentAdjustment a, LeaseAccount account) {
        return new Views.AdjustmentView(a.id(), a.leaseId(), account == null ? null : account.leaseNumber(), a.oldRent(),
                a.newRent(), a.effectiveFrom(), a.reason(), a.basis(), a.status().name(), a.requestedBy(), a.requestedAt(),
                a.decidedBy(), a.decidedAt(), a.decisionNote());
    }
}
