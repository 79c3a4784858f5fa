package org.anju.finance.application;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.Money;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.SpreadsheetWriter;

/**
 * The daily reconciliation report (R6.4b, R7.4d): for one day (Asia/Shanghai), what each channel took according to the
 * payments themselves against what the ledger posted for them, refunds and reversals; the ledger's roll-forward
 * (opening balance + the day's movements = closing balance); and the exceptions a finance officer must look at:
 * a paid order without its ledger entry or with a different amount (never expected: both are written in one
 * transaction), orders still waiting for their channel half an hour on (the channel may have taken the money without
 * telling us), callbacks refused for their signature or naming an unknown order or a wrong amount.
 */
@ApplicationScoped
@Transactional
public class ReconciliationService {

    /** An online order older than this without a callback is worth a look at the channel's merchant console. */
    static final Duration PENDING_AFTER = Duration.ofMinutes(30);

    @Inject
    FinanceStore store;

    @Inject
    SpreadsheetWriter spreadsheets;

    public record ChannelLine(String channel, long payments, BigDecimal paid, long posted, BigDecimal postedAmount,
                              BigDecimal refunded, BigDecimal reversed, BigDecimal net, boolean matched) {
    }

    public record KindLine(String kind, long entries, BigDecimal amount) {
    }

    public record CallbackCounts(long received, long verified, long posted, long duplicates, long refused) {
    }

    /** Something to look at: kind PAID_NOT_POSTED, POSTED_MISMATCH, ORDER_PENDING, CALLBACK_REFUSED or CALLBACK_REJECTED. */
    public record Discrepancy(String kind, String orderNo, String channel, BigDecimal amount, Instant at, String detail) {
    }

    public record Report(LocalDate date, List<ChannelLine> channels, BigDecimal openingBalance, List<KindLine> movements,
                         BigDecimal closingBalance, CallbackCounts callbacks, List<Discrepancy> discrepancies,
                         boolean balanced) {
    }

    public Report report(LocalDate date) {
        Instant from = date.atStartOfDay(FinanceRules.ZONE).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(FinanceRules.ZONE).toInstant();
        Map<String, Object[]> paid = byChannel(store.paidByChannel(from, to));
        Map<String, Object[]> posted = byChannel(store.postedByChannel(from, to));
        TreeMap<String, Boolean> channels = new TreeMap<>();
        paid.keySet().forEach(c -> channels.put(c, true));
        posted.keySet().forEach(c -> channels.put(c, true));
        List<ChannelLine> lines = new ArrayList<>();
        boolean balanced = true;
        for (String c : channels.keySet()) {
            Object[] p = paid.get(c);
            Object[] e = posted.get(c);
            long count = p == null ? 0 : ((Number) p[1]).longValue();
            BigDecimal took = p == null ? Money.ZERO : Money.fen((BigDecimal) p[2]);
            long postedCount = e == null ? 0 : ((Number) e[1]).longValue();
            BigDecimal postedAmount = e == null ? Money.ZERO : Money.fen((BigDecimal) e[2]);
            BigDecimal refunded = e == null ? Money.ZERO : Money.fen((BigDecimal) e[3]);
            BigDecimal reversed = e == null ? Money.ZERO : Money.fen((BigDecimal) e[4]);
            boolean matched = count == postedCount && took.compareTo(postedAmount) == 0;
            balanced &= matched;
            lines.add(new ChannelLine(c, count, took, postedCount, postedAmount, refunded, reversed,
                    postedAmount.subtract(refunded).subtract(reversed), matched));
        }
        BigDecimal opening = Money.fen(store.ledgerBalanceBefore(from));
        List<KindLine> movements = new ArrayList<>();
        BigDecimal closing = opening;
        for (Object[] r : store.movementsByKind(from, to)) {
            BigDecimal amount = Money.fen((BigDecimal) r[2]);
            movements.add(new KindLine((String) r[0], ((Number) r[1]).longValue(), amount));
            closing = closing.add(amount);
        }
        Object[] cb = store.callbackCounts(from, to);
        CallbackCounts callbacks = new CallbackCounts(n(cb[0]), n(cb[1]), n(cb[2]), n(cb[3]), n(cb[4]));
        List<Discrepancy> found = new ArrayList<>();
        for (Object[] r : store.paidNotPosted(from, to)) {
            found.add(new Discrepancy("PAID_NOT_POSTED", (String) r[0], (String) r[1], (BigDecimal) r[2], FinanceStore.instant(r[3]), null));
        }
        for (Object[] r : store.postedMismatch(from, to)) {
            found.add(new Discrepancy("POSTED_MISMATCH", (String) r[0], (String) r[1], (BigDecimal) r[2], null,
                    ((BigDecimal) r[3]).toPlainString()));
        }
        balanced &= found.isEmpty();
        for (Object[] r : store.pendingOrders(from, to, Instant.now().minus(PENDING_AFTER))) {
            found.add(new Discrepancy("ORDER_PENDING", (String) r[0], (String) r[1], (BigDecimal) r[2], FinanceStore.instant(r[3]), null));
        }
        for (Object[] r : store.troubledCallbacks(from, to)) {
            boolean verified = Boolean.TRUE.equals(r[2]);
            found.add(new Discrepancy(verified ? "CALLBACK_REJECTED" : "CALLBACK_REFUSED", (String) r[1], (String) r[0], null,
                    FinanceStore.instant(r[5]), r[4] == null ? (String) r[3] : r[3] + ": " + r[4]));
        }
        return new Report(date, lines, opening, movements, closing, callbacks, found, balanced);
    }

    /** The report as a workbook: channels, ledger roll-forward, discrepancies. */
    public void export(LocalDate date, OutputStream out, Locale l) throws IOException {
        Report r = report(date);
        List<List<Object>> channels = new ArrayList<>();
        for (ChannelLine c : r.channels()) {
            channels.add(List.of(t(l, "finance.channel." + c.channel()), c.payments(), c.paid(), c.posted(), c.postedAmount(),
                    c.refunded(), c.reversed(), c.net(), t(l, c.matched() ? "finance.reconciliation.matched" : "finance.reconciliation.unmatched")));
        }
        List<List<Object>> ledger = new ArrayList<>();
        ledger.add(List.of(t(l, "finance.reconciliation.opening"), "", r.openingBalance()));
        for (KindLine k : r.movements()) {
            ledger.add(List.of(t(l, "finance.ledgerKind." + k.kind()), k.entries(), k.amount()));
        }
        ledger.add(List.of(t(l, "finance.reconciliation.closing"), "", r.closingBalance()));
        List<List<Object>> issues = new ArrayList<>();
        for (Discrepancy d : r.discrepancies()) {
            issues.add(List.of(t(l, "finance.reconciliation.kind." + d.kind()), d.orderNo() == null ? "" : d.orderNo(),
                    d.channel() == null ? "" : t(l, "finance.channel." + d.channel()), d.amount() == null ? "" : d.amount(),
                    d.at() == null ? "" : d.at().atZone(FinanceRules.ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' '),
                    d.detail() == null ? "" : d.detail()));
        }
        spreadsheets.write(out, List.of(
                SpreadsheetWriter.sheet(t(l, "finance.reconciliation.channels"), headers(l, "channel", "payments", "paid", "posted",
                        "postedAmount", "refunded", "reversed", "net", "result"), widths(9), channels),
                SpreadsheetWriter.sheet(t(l, "finance.reconciliation.ledger"), headers(l, "item", "entries", "amount"), widths(3), ledger),
                SpreadsheetWriter.sheet(t(l, "finance.reconciliation.discrepancies"), headers(l, "kind", "order", "channel", "amount",
                        "time", "detail"), widths(6), issues)));
    }

    private static Map<String, Object[]> byChannel(List<Object[]> rows) {
        Map<String, Object[]> m = new TreeMap<>();
        for (Object[] r : rows) {
            m.put((String) r[0], r);
        }
        return m;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static List<String> headers(Locale l, String... keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys) {
            h.add(t(l, "finance.reconciliation.column." + k));
        }
        return h;
    }

    private static List<Double> widths(int n) {
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(i == 0 ? 22.0 : 16.0);
        }
        return w;
    }

    private static String t(Locale l, String key) {
        return Messages.get(l, key);
    }
}
