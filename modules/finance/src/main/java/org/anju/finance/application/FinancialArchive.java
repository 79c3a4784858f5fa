package org.anju.finance.application;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.BillFilter;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.Money;
import org.anju.finance.domain.Payment;
import org.anju.finance.domain.PaymentStatus;
import org.anju.finance.domain.RentAdjustment;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.SpreadsheetWriter;
import org.anju.leasing.api.HouseholdArchiveContributor;

/**
 * The financial archive of a household (R7.4d): receivables and what was collected, the bills and when each was pushed,
 * payments, rent adjustments and dunning notices, per lease — shown in the one-household-one-archive (and its PDF)
 * and exported to Excel.
 */
@ApplicationScoped
@Transactional
public class FinancialArchive implements HouseholdArchiveContributor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(FinanceRules.ZONE);

    @Inject
    FinanceStore store;

    @Inject
    FinanceQueries queries;

    @Inject
    DunningService dunning;

    @Inject
    SpreadsheetWriter spreadsheets;

    private static String t(Locale l, String key) {
        return Messages.get(l, key);
    }

    @Override
    public List<Section> sections(long householdId, Locale locale) {
        List<LeaseAccount> accounts = store.accountsOfHousehold(householdId);
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<Section> out = new ArrayList<>();
        for (Table table : tables(householdId, accounts, locale)) {
            out.add(new Section(table.key(), table.title(), table.headers(), table.rows()));
        }
        return out;
    }

    /** The archive's tables, also the workbook's sheets. */
    record Table(String key, String title, List<String> headers, List<List<String>> rows) {
    }

    List<Table> tables(long householdId, List<LeaseAccount> accounts, Locale l) {
        List<Long> leaseIds = accounts.stream().map(LeaseAccount::leaseId).toList();
        BigDecimal charged = Money.ZERO;
        BigDecimal collected = Money.ZERO;
        List<List<String>> bills = new ArrayList<>();
        for (Views.BillView b : queries.bills(new BillFilter(null, householdId, null, null, null, null, FinanceRules.today()),
                new PageRequest(1, PageRequest.MAX_SIZE)).items()) {
            charged = charged.add(b.amount());
            bills.add(List.of(b.number(), b.leaseNumber() == null ? "" : b.leaseNumber(), b.period(), b.dueDate().toString(),
                    b.amount().toPlainString(), b.paid().toPlainString(), t(l, "finance.billStatus." + b.status()),
                    b.pushedAt() == null ? "" : TIME.format(b.pushedAt())));
        }
        List<List<String>> payments = new ArrayList<>();
        BigDecimal credit = Money.ZERO;
        for (Payment p : store.paymentsOfLeases(leaseIds, 500)) {
            if (p.status() == PaymentStatus.PAID) {
                collected = collected.add(p.amount());
                credit = credit.add(store.unallocated(p.id()));
            }
            payments.add(List.of(p.paidAt() == null ? TIME.format(p.createdAt()) : TIME.format(p.paidAt()),
                    t(l, "finance.channel." + p.channel().name()), p.amount().toPlainString(),
                    t(l, "finance.paymentStatus." + p.status().name()), p.receiptNo() == null ? "" : p.receiptNo()));
        }
        List<List<String>> adjustments = new ArrayList<>();
        for (long lease : leaseIds) {
            for (RentAdjustment a : store.adjustments(lease, null)) {
                adjustments.add(List.of(TIME.format(a.requestedAt()), a.oldRent().toPlainString(), a.newRent().toPlainString(),
                        a.reason(), a.requestedBy(), a.decidedBy() == null ? "" : a.decidedBy(),
                        t(l, "finance.adjustmentStatus." + a.status().name())));
            }
        }
        List<List<String>> notices = new ArrayList<>();
        for (DunningService.NoticeView n : dunning.history(null, householdId)) {
            notices.add(List.of(TIME.format(n.sentAt()), String.valueOf(n.level()), String.valueOf(n.daysOverdue()),
                    n.amount().toPlainString(), n.channels(), n.title()));
        }
        BigDecimal owed = store.balance(null, householdId);
        List<List<String>> summary = List.of(
                List.of(t(l, "finance.archive.charged"), charged.toPlainString()),
                List.of(t(l, "finance.archive.collected"), collected.toPlainString()),
                List.of(t(l, "finance.archive.owed"), owed.signum() > 0 ? owed.toPlainString() : "0.00"),
                List.of(t(l, "finance.archive.credit"), credit.toPlainString()));
        return List.of(
                new Table("finance-summary", t(l, "finance.archive.summary"), List.of(t(l, "finance.archive.item"), t(l, "finance.archive.amount")), summary),
                new Table("finance-bills", t(l, "finance.archive.bills"), headers(l, "bill", "lease", "period", "due", "amount", "paid", "status", "pushed"), bills),
                new Table("finance-payments", t(l, "finance.archive.payments"), headers(l, "time", "channel", "amount", "status", "receipt"), payments),
                new Table("finance-adjustments", t(l, "finance.archive.adjustments"), headers(l, "time", "oldRent", "newRent", "reason", "proposer", "approver", "status"), adjustments),
                new Table("finance-dunning", t(l, "finance.archive.dunning"), headers(l, "time", "level", "days", "amount", "channels", "title"), notices));
    }

    private static List<String> headers(Locale l, String... keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys) {
            h.add(t(l, "finance.column." + k));
        }
        return h;
    }

    /** The financial archive as a workbook, one sheet per table. */
    public void export(long householdId, OutputStream out, Locale locale) throws IOException {
        List<LeaseAccount> accounts = store.accountsOfHousehold(householdId);
        List<SpreadsheetWriter.SheetSource> sheets = new ArrayList<>();
        for (Table table : tables(householdId, accounts, locale)) {
            List<Double> widths = new ArrayList<>();
            table.headers().forEach(x -> widths.add(18.0));
            List<List<Object>> rows = new ArrayList<>();
            table.rows().forEach(r -> rows.add(new ArrayList<>(r)));
            sheets.add(SpreadsheetWriter.sheet(table.title(), table.headers(), widths, rows));
        }
        spreadsheets.write(out, sheets);
    }
}
