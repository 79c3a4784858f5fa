package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.finance.domain.BillingCalendar;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.notify.api.Notices;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;

/**
 * Billing runs (R6.4a, R7.4d): a period's bills for every lease whose term touches it, issued by set-based SQL in one
 * transaction, each bill charged once to the ledger, paid at once from any credit the lease holds, then pushed to the
 * household's resident accounts (in-app notice, and an SMS when the operator turned that on; the push time is recorded
 * on the bill, each message in the notice and SMS logs). A run for a period already
 * billed creates nothing: one bill per lease and period is a database constraint. Runs go in the background and
 * report progress through {@code GET /billing-runs/{id}}.
 */
@ApplicationScoped
public class BillingService {

    private static final Logger LOG = Logger.getLogger(BillingService.class.getName());

    @Inject
    FinanceStore store;

    @Inject
    Transactions transactions;

    @Inject
    PaymentService payments;

    @Inject
    LeaseDirectory leases;

    @Inject
    Notices notices;

    @Inject
    org.anju.leasing.api.HouseholdContact contact;

    @Resource
    ManagedExecutorService executor;

    /** Starts a run in the background; answers the run at once (RUNNING). */
    public Views.RunView start(YearMonth period) {
        TenantId tenant = TenantContext.require();
        String actor = TenantContext.actor();
        long id = transactions.inNew(() -> {
            boolean running = store.runs(50).stream().anyMatch(r -> period.toString().equals(r[1]) && "RUNNING".equals(r[2]));
            if (running) {
                throw ProblemException.conflict("billing-run-running", period.toString());
            }
            return store.startRun(period.toString(), actor);
        });
        executor.execute(() -> TenantScope.call(tenant, actor, () -> {
            execute(id, period, actor);
            return null;
        }));
        return run(id);
    }

    /** Runs synchronously in the caller's tenant scope (the daily job and the benchmark). */
    public Views.RunView runNow(YearMonth period) {
        String actor = TenantContext.actor();
        long id = transactions.inNew(() -> store.startRun(period.toString(), actor));
        execute(id, period, actor);
        return run(id);
    }

    void execute(long runId, YearMonth period, String actor) {
        try {
            int[] counts = transactions.inNew(() -> {
                int leasesTouched = store.billableLeases(period);
                LocalDate due = BillingCalendar.dueDate(period, store.dueDay());
                int created = store.issueBills(runId, period, due);
                store.chargeRun(runId, actor);
                for (long leaseId : store.runLeasesWithCredit(runId)) {
                    payments.applyCredit(leaseId);
                }
                return new int[] {leasesTouched, created};
            });
            transactions.runInNew(() -> push(runId, period));
            transactions.runInNew(() -> store.finishRun(runId, "DONE", counts[0], counts[1], store.runAmount(runId), null));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Billing run " + runId + " for " + period + " failed", e);
            String why = e instanceof ProblemException p ? p.code() : e.getClass().getSimpleName();
            transactions.runInNew(() -> store.finishRun(runId, "FAILED", 0, 0, BigDecimal.ZERO, why));
        }
    }

    /** In-app notices to the residents of the households billed by this run; recorded on each bill. */
    private void push(long runId, YearMonth period) {
        List<Object[]> bills = store.runBills(runId);
        Map<Long, List<Long>> users = new HashMap<>();
        List<Long> households = new ArrayList<>();
        for (Object[] b : bills) {
            households.add(((Number) b[2]).longValue());
        }
        for (int i = 0; i < households.size(); i += 1000) {
            users.putAll(leases.residentUsers(households.subList(i, Math.min(i + 1000, households.size()))));
        }
        java.util.Set<Long> pushed = new java.util.HashSet<>();
        for (Object[] b : bills) {
            long household = ((Number) b[2]).longValue();
            Collection<Long> to = users.getOrDefault(household, List.of());
            for (long user : to) {
                notices.send(user, "bill", period.getYear() + " 年 " + period.getMonthValue() + " 月账单：" + b[3] + " 元",
                        "账单 " + b[6] + " 应于 " + FinanceStore.date(b[5]) + " 前缴清，可在居民端在线缴费。",
                        "/my/bills", "bill:" + b[0]);
            }
            if (!to.isEmpty()) {
                pushed.add(household);
            }
        }
        if (store.smsBills()) {
            for (Object[] b : bills) {
                long household = ((Number) b[2]).longValue();
                if (contact.sms(household, "bill", "【公租房】您家 " + period.getYear() + " 年 " + period.getMonthValue()
                        + " 月账单 " + b[3] + " 元，请于 " + FinanceStore.date(b[5]) + " 前缴纳，可在居民端在线缴费。")) {
                    pushed.add(household);
                }
            }
        }
        // A push is recorded where one happened: households with nobody to tell keep pushed_at empty.
        List<Long> told = new ArrayList<>(pushed);
        for (int i = 0; i < told.size(); i += 1000) {
            store.markPushed(runId, told.subList(i, Math.min(i + 1000, told.size())));
        }
    }

    public Views.RunView run(long id) {
        Object[] r = transactions.inNew(() -> store.run(id));
        if (r == null) {
            throw ProblemException.notFound("billing-run-not-found", id);
        }
        return view(r);
    }

    public List<Views.RunView> runs() {
        return transactions.inNew(() -> store.runs(50)).stream().map(BillingService::view).toList();
    }

    static Views.RunView view(Object[] r) {
        return new Views.RunView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), (BigDecimal) r[5], (String) r[6], (String) r[7], FinanceStore.instant(r[8]),
                FinanceStore.instant(r[9]));
    }
}
