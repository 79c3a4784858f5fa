package org.anju.finance.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditTrail;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.Money;
import org.anju.finance.domain.BillFilter;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;

/** Reading finance: accounts, bills with their lines, the ledger, monthly collection; reversing a ledger entry. */
@ApplicationScoped
@Transactional
public class FinanceQueries {

    @Inject
    FinanceStore store;

    @Inject
    AuditTrail audit;

    public Views.AccountView account(long leaseId) {
        LeaseAccount a = store.account(leaseId).orElseThrow(() -> ProblemException.notFound("account-not-found", leaseId));
        return view(a);
    }

    Views.AccountView view(LeaseAccount a) {
        return new Views.AccountView(a.leaseId(), a.leaseNumber(), a.householdId(), a.householdNumber(), a.payerName(),
                a.unitId(), a.unitLabel(), a.projectId(), a.area(), a.monthlyRent(), a.deposit(), a.eligibilityCategory(),
                a.startDate(), a.endDate(), a.billingUntil(), a.active(), store.balance(a.leaseId(), null));
    }

    public List<AuditEntry> accountHistory(long leaseId) {
        store.account(leaseId).orElseThrow(() -> ProblemException.notFound("account-not-found", leaseId));
        return audit.history(LeaseAccount.class, leaseId, a -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("monthlyRent", a.monthlyRent() == null ? null : a.monthlyRent().setScale(2).toPlainString());
            s.put("eligibilityCategory", a.eligibilityCategory());
            s.put("endDate", a.endDate());
            s.put("billingUntil", a.billingUntil());
            s.put("active", a.active());
            return s;
        });
    }

    public Page<Views.BillView> bills(BillFilter filter, PageRequest page) {
        Page<FinanceStore.BillRow> rows = store.bills(filter, page);
        return withLines(rows);
    }

    Page<Views.BillView> withLines(Page<FinanceStore.BillRow> rows) {
        Map<Long, List<Views.LineView>> lines = new HashMap<>();
        for (FinanceStore.LineRow l : store.lines(rows.items().stream().map(FinanceStore.BillRow::id).toList())) {
            lines.computeIfAbsent(l.billId(), k -> new java.util.ArrayList<>()).add(new Views.LineView(l.category(), l.name(), l.amount()));
        }
        Map<Long, LeaseAccount> accounts = new HashMap<>();
        LocalDate today = FinanceRules.today();
        return rows.map(b -> {
            LeaseAccount a = accounts.computeIfAbsent(b.leaseId(), id -> store.account(id).orElse(null));
            return view(b, a, lines.getOrDefault(b.id(), List.of()), today);
        });
    }

    public Views.BillView bill(long id) {
        FinanceStore.BillRow b = store.bill(id).orElseThrow(() -> ProblemException.notFound("bill-not-found", id));
        return withLines(new Page<>(List.of(b), 1, 1, 1)).items().get(0);
    }

    FinanceStore.BillRow billRow(long id) {
        return store.bill(id).orElseThrow(() -> ProblemException.notFound("bill-not-found", id));
    }

    static Views.BillView view(FinanceStore.BillRow b, LeaseAccount a, List<Views.LineView> lines, LocalDate today) {
        BigDecimal outstanding = b.amount().subtract(b.paid());
        boolean open = "OPEN".equals(b.status()) || "PARTIAL".equals(b.status());
        long overdue = open && b.dueDate().isBefore(today) ? ChronoUnit.DAYS.between(b.dueDate(), today) : 0;
        return new Views.BillView(b.id(), b.number(), b.leaseId(), a == null ? null : a.leaseNumber(),
                a == null ? null : a.unitLabel(), a == null ? null : a.payerName(), b.period(), b.dueDate(), b.amount(),
                b.paid(), outstanding, b.status(), overdue, b.pushedAt(), lines);
    }

    public List<Views.EntryView> ledger(Long leaseId, Long householdId, String month) {
        return store.entries(leaseId, householdId, month, 5000).stream().map(FinanceQueries::view).toList();
    }

    /** Charged, collected and balance per project and month, with the collection rate (collected ÷ charged). */
    public List<Views.MonthlyView> monthly(String month, Long projectId) {
        return store.monthly(month, projectId).stream().map(r -> {
            BigDecimal charged = (BigDecimal) r[2];
            BigDecimal collected = (BigDecimal) r[3];
            BigDecimal rate = charged.signum() == 0 ? null : collected.multiply(new BigDecimal(100)).divide(charged, 1, RoundingMode.HALF_UP);
            return new Views.MonthlyView(((Number) r[0]).longValue(), (String) r[1], Money.fen(charged), Money.fen(collected),
                    Money.fen((BigDecimal) r[4]), rate);
        }).toList();
    }

    public Views.SettingsView settings() {
        return new Views.SettingsView(store.dueDay(), FinanceRules.offsets(store.dunningOffsets()), store.smsBills());
    }

    public Views.SettingsView saveSettings(Commands.SettingsInput in) {
        List<Integer> offsets = in.dunningOffsets().stream().distinct().sorted().toList();
        StringBuilder s = new StringBuilder();
        for (Integer o : offsets) {
            s.append(s.length() == 0 ? "" : ",").append(o);
        }
        store.saveSettings(in.dueDay(), s.toString(), in.smsBills() == null ? store.smsBills() : in.smsBills());
        return settings();
    }

    static Views.EntryView view(FinanceStore.EntryRow e) {
        return new Views.EntryView(e.id(), e.postedAt(), e.month(), e.kind(), e.leaseId(), e.billId(), e.paymentId(),
                e.reversesId(), e.amount(), e.memo(), e.actor());
    }
}
