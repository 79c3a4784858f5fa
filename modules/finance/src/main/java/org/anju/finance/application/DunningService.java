package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.api.ArrearsChanged;
import org.anju.finance.domain.AgingBucket;
import org.anju.finance.domain.Money;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.leasing.api.HouseholdContact;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.notify.api.Notices;
import org.anju.tenancy.api.TenantContext;

/**
 * Arrears and dunning (R6.4d). Overdue amounts are aged in buckets (1–30, 31–90, 91–180, &gt; 180 days). Dunning
 * follows the operator's offsets (default 3, 15, 30 days after the oldest unpaid bill fell due), escalating: a
 * reminder in the app, then a dunning notice by app and SMS, then a final notice that also asks staff to visit. Each
 * level is sent once per bill (a database constraint), so reruns and restarts never send twice; the history is kept
 * for the household's archive. Every lease in arrears is announced with {@link ArrearsChanged} for the alerts.
 */
@ApplicationScoped
@Transactional
public class DunningService {

    @Inject
    FinanceStore store;

    @Inject
    LeaseDirectory leases;

    @Inject
    HouseholdContact contact;

    @Inject
    Notices notices;

    @Inject
    Event<ArrearsChanged> arrearsChanged;

    /** One row of the arrears report. */
    public record ArrearsRow(long leaseId, String leaseNumber, long householdId, String payerName, String unitLabel,
                             long projectId, BigDecimal d1To30, BigDecimal d31To90, BigDecimal d91To180,
                             BigDecimal over180, BigDecimal total, LocalDate oldestDue, long daysOverdue,
                             String bucket, Integer lastDunningLevel) {
    }

    /** The report and its totals per bucket. */
    public record ArrearsReport(LocalDate asOf, int leases, BigDecimal d1To30, BigDecimal d31To90, BigDecimal d91To180,
                                BigDecimal over180, BigDecimal total, List<ArrearsRow> rows) {
    }

    /** A dunning notice as kept. */
    public record NoticeView(long id, long leaseId, long billId, int level, int offsetDays, int daysOverdue,
                             BigDecimal amount, String channels, String title, String body, java.time.Instant sentAt) {
    }

    /** What a dunning run did. */
    public record RunResult(LocalDate asOf, int inArrears, int sent) {
    }

    public ArrearsReport arrears(Long projectId) {
        LocalDate today = FinanceRules.today();
        List<ArrearsRow> rows = store.arrears(today, projectId).stream().map(r -> {
            LocalDate oldest = FinanceStore.date(r[11]);
            long days = ChronoUnit.DAYS.between(oldest, today);
            return new ArrearsRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    (String) r[4], ((Number) r[5]).longValue(), (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                    (BigDecimal) r[9], (BigDecimal) r[10], oldest, days, AgingBucket.of(days).name(),
                    r[12] == null ? null : ((Number) r[12]).intValue());
        }).toList();
        BigDecimal b1 = Money.ZERO, b2 = Money.ZERO, b3 = Money.ZERO, b4 = Money.ZERO;
        for (ArrearsRow r : rows) {
            b1 = b1.add(r.d1To30());
            b2 = b2.add(r.d31To90());
            b3 = b3.add(r.d91To180());
            b4 = b4.add(r.over180());
        }
        return new ArrearsReport(today, rows.size(), b1, b2, b3, b4, b1.add(b2).add(b3).add(b4), rows);
    }

    /** Sends what is due today for the current operator (the daily job, or staff now). */
    public RunResult run() {
        LocalDate today = FinanceRules.today();
        List<Integer> offsets = FinanceRules.offsets(store.dunningOffsets()).stream().sorted().toList();
        int sent = 0;
        List<Object[]> inArrears = store.arrears(today, null);
        for (Object[] r : inArrears) {
            long leaseId = ((Number) r[0]).longValue();
            long householdId = ((Number) r[2]).longValue();
            String unit = (String) r[4];
            BigDecimal total = (BigDecimal) r[10];
            Object[] oldest = store.oldestOverdue(leaseId, today).orElse(null);
            if (oldest == null) {
                continue;
            }
            long billId = ((Number) oldest[0]).longValue();
            LocalDate due = FinanceStore.date(oldest[1]);
            int days = (int) ChronoUnit.DAYS.between(due, today);
            arrearsChanged.fire(new ArrearsChanged(TenantContext.require(), leaseId, householdId, total, due, days));
            int level = 0;
            for (int i = 0; i < offsets.size(); i++) {
                if (days >= offsets.get(i)) {
                    level = i + 1;
                }
            }
            if (level == 0) {
                continue;
            }
            if (send(leaseId, householdId, billId, level, offsets.get(level - 1), days, total, unit, offsets.size())) {
                sent++;
            }
        }
        return new RunResult(today, inArrears.size(), sent);
    }

    private boolean send(long leaseId, long householdId, long billId, int level, int offset, int days, BigDecimal total,
                         String unit, int levels) {
        boolean last = level == levels;
        String title = switch (level) {
            case 1 -> "缴费提醒：账单已逾期 " + days + " 天";
            default -> last ? "最后催告：欠费已逾期 " + days + " 天" : "催缴通知：欠费已逾期 " + days + " 天";
        };
        String body = level == 1
                ? "您家 " + unit + " 的租金账单已逾期 " + days + " 天，欠费合计 " + total + " 元。请在居民端在线缴费或到服务窗口办理。"
                : last
                ? "您家 " + unit + " 欠费 " + total + " 元，已逾期 " + days + " 天。请于 7 日内缴清；逾期仍未缴纳的，将按合同约定处理并上门催缴。"
                : "您家 " + unit + " 欠费 " + total + " 元，已逾期 " + days + " 天。请尽快缴纳，以免影响您的租赁资格。";
        String channels = level == 1 ? "APP" : last ? "APP,SMS,STAFF" : "APP,SMS";
        if (!store.recordDunning(leaseId, householdId, billId, level, offset, days, total, channels, title, body)) {
            return false;
        }
        String key = "dunning:" + billId + ":" + level;
        for (long user : leases.residentUsers(List.of(householdId)).getOrDefault(householdId, List.of())) {
            notices.send(user, "dunning", title, body, "/my/bills", key);
        }
        if (level > 1) {
            contact.sms(householdId, "dunning", "【公租房】" + body);
        }
        if (last) {
            String staff = "欠费 " + total + " 元，已逾期 " + days + " 天：" + unit + "。已发最后催告，请安排上门催缴。";
            notices.sendToRole("finance_officer", "dunning", "上门催缴：" + unit, staff, "/finance/accounts/" + leaseId, key);
            notices.sendToRole("leasing_officer", "dunning", "上门催缴：" + unit, staff, "/finance/accounts/" + leaseId, key);
        }
        return true;
    }

    public List<NoticeView> history(Long leaseId, Long householdId) {
        return store.dunning(leaseId, householdId, 500).stream().map(r -> new NoticeView(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(), (BigDecimal) r[6], (String) r[7], (String) r[8], (String) r[9],
                FinanceStore.instant(r[10]))).toList();
    }
}
