package org.anju.leasing.application;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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

import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link RenewalReminders} once a day ({@code anju.leasing.daily-at}, default 02:30 Asia/Shanghai) for every
 * operator that can be served, one operator after the other (bounded: one at a time), each in its own tenant scope and
 * transaction; one operator's failure is logged and does not stop the others. Running twice a day is harmless.
 */
@ApplicationScoped
public class LeasingDailyJob {

    private static final Logger LOG = Logger.getLogger(LeasingDailyJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    RenewalReminders reminders;

    @Inject
    @ConfigProperty(name = "anju.leasing.daily-at", defaultValue = "02:30")
    String dailyAt;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LocalTime at = LocalTime.parse(dailyAt);
        ZonedDateTime now = ZonedDateTime.now(LeasingRules.ZONE);
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        long delay = Duration.between(now, next).toSeconds();
        scheduler.scheduleAtFixedRate(this::runAll, delay, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
        LOG.info("Leasing daily run (expiry, renewal reminders) scheduled at " + at + " Asia/Shanghai");
    }

    void runAll() {
        LocalDate today = LeasingRules.today();
        for (OrganizationRef o : organizations.availableOperators()) {
            try {
                Views.DailyRun r = TenantScope.call(o.tenant(), "system:leasing-daily", () -> reminders.run(today));
                if (r.reminded() + r.expired() > 0) {
                    LOG.info("Leasing daily run of " + o.code() + ": " + r.reminded() + " reminder(s), " + r.expired()
                            + " lease(s) expired");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Leasing daily run of " + o.code() + " failed; the others go on", e);
            }
        }
    }
}
