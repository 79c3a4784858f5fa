package org.anju.finance.application;

import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finance's daily work ({@code anju.finance.daily-at}, default 03:00 Asia/Shanghai), operator after operator, each in
 * its own tenant scope: this month's bills once the month has begun (a billed month is not run again, and a rerun
 * would create nothing anyway), then dunning. One operator's failure is logged and the others go on.
 */
@ApplicationScoped
public class FinanceDailyJob {

    private static final Logger LOG = Logger.getLogger(FinanceDailyJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    BillingService billing;

    @Inject
    DunningService dunning;

    @Inject
    Transactions transactions;

    @Inject
    org.anju.finance.infrastructure.FinanceStore store;

    @Inject
    @ConfigProperty(name = "anju.finance.daily-at", defaultValue = "03:00")
    String dailyAt;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LocalTime at = LocalTime.parse(dailyAt);
        ZonedDateTime now = ZonedDateTime.now(FinanceRules.ZONE);
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        scheduler.scheduleAtFixedRate(this::runAll, Duration.between(now, next).toSeconds(), TimeUnit.DAYS.toSeconds(1),
                TimeUnit.SECONDS);
        LOG.info("Finance daily run (monthly billing, dunning) scheduled at " + at + " Asia/Shanghai");
    }

    void runAll() {
        for (OrganizationRef o : organizations.availableOperators()) {
            try {
                TenantScope.call(o.tenant(), "system:finance-daily", () -> {
                    runForCurrentOperator();
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Finance daily run of " + o.code() + " failed; the others go on", e);
            }
        }
    }

    /** Bills the month if not yet billed, then sends the dunning due today. */
    public DunningService.RunResult runForCurrentOperator() {
        YearMonth month = FinanceRules.thisMonth();
        if (!transactions.inNew(() -> store.billed(month.toString()))) {
            billing.runNow(month);
        }
        return transactions.inNew(() -> dunning.run());
    }
}
