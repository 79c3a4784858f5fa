package org.anju.alerts.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.RuleTime;
import org.anju.alerts.infrastructure.AlertStore;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduled passes, every ten minutes, one organization at a time, each in its own tenant scope: the daily pass
 * (expiry, nobody living, sublet, group renting, vacant use) once a day per operator after 02:00 Beijing time; the
 * hourly welfare watch only for organizations the daily pass found with a watched household; escalation only for
 * organizations known to have unresolved alerts. A restart redoes today's daily pass (idempotent: evidence keys).
 */
@ApplicationScoped
public class AlertScheduler {

    private static final Logger LOG = Logger.getLogger(AlertScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    AlertEvaluation evaluation;

    @Inject
    AlertStore store;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "anju.alerts.schedule.enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, LocalDate> dailyDone = new ConcurrentHashMap<>();
    private final Map<String, Instant> welfareDone = new ConcurrentHashMap<>();
    private final Set<String> welfareWatched = ConcurrentHashMap.newKeySet();
    private final Set<String> withOpenAlerts = ConcurrentHashMap.newKeySet();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled) {
            scheduler.scheduleWithFixedDelay(this::tick, 3, 10, TimeUnit.MINUTES);
        }
    }

    /** An organization now has an unresolved alert: escalation visits it. */
    public void hasOpenAlerts(TenantId tenant) {
        withOpenAlerts.add(tenant.schema());
    }

    void tick() {
        Instant now = Instant.now();
        LocalDate today = RuleTime.day(now);
        boolean afterTwo = !now.atZone(RuleTime.ZONE).toLocalTime().isBefore(LocalTime.of(2, 0));
        for (OrganizationRef o : organizations.availableOperators()) {
            String key = o.tenant().schema();
            try {
                TenantScope.call(o.tenant(), "system:alerts", () -> {
                    AlertSettings s = evaluation.settings();
                    if (afterTwo && !today.equals(dailyDone.get(key))) {
                        AlertEvaluation.Result r = evaluation.daily(s, now);
                        dailyDone.put(key, today);
                        if (evaluation.hasWelfareWatch(s)) {
                            welfareWatched.add(key);
                        } else {
                            welfareWatched.remove(key);
                        }
                        if (transactions.inNew(store::anyOpen)) {
                            withOpenAlerts.add(key);
                        }
                        LOG.fine(() -> "Alerts daily pass of " + o.code() + ": " + r);
                    }
                    Instant lastWelfare = welfareDone.get(key);
                    if (welfareWatched.contains(key) && (lastWelfare == null
                            || lastWelfare.plus(Duration.ofMinutes(55)).isBefore(now))) {
                        evaluation.welfare(s, now);
                        welfareDone.put(key, now);
                    }
                    if (withOpenAlerts.contains(key)) {
                        evaluation.escalation(s);
                        if (!transactions.inNew(store::anyOpen)) {
                            withOpenAlerts.remove(key);
                        }
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Alerts pass of " + o.code() + " failed; the others go on", e);
            }
        }
    }
}
