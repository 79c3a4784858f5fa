package org.anju.alerts.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.AlertType;
import org.anju.alerts.domain.ArrearsRule;
import org.anju.alerts.domain.ContractExpiryRule;
import org.anju.alerts.domain.DeviceTroubleRule;
import org.anju.alerts.domain.Finding;
import org.anju.alerts.domain.RuleTime;
import org.anju.alerts.domain.SubjectKind;
import org.anju.alerts.infrastructure.AlertStore;
import org.anju.devices.api.DoorOpened;
import org.anju.devices.api.LockTrouble;
import org.anju.devices.api.MeterKind;
import org.anju.devices.api.MeterReading;
import org.anju.devices.api.MeterReadingsRecorded;
import org.anju.finance.api.ArrearsChanged;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Transactions;
import org.anju.leasing.api.LeaseActivated;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.leasing.api.LeaseEnded;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;

/**
 * Event-driven evaluation: each event touches only its own subject (never a scan). Devices fire after their commit,
 * in the organization's scope and outside a transaction, on their ingest thread: those events are queued for a worker
 * of the alerts' own, in order; leasing and finance fire inside theirs, so those are observed
 * after success and handed to the managed executor (a new transaction cannot start in the old one's completion).
 * Failures are logged, never thrown back into the ingest path: the daily pass catches up.
 */
@ApplicationScoped
public class AlertObservers {

    private static final Logger LOG = Logger.getLogger(AlertObservers.class.getName());
    /** Sublet and group renting need windows of days: one look per unit every few hours is plenty. */
    static final Duration OCCUPANCY_THROTTLE = Duration.ofHours(6);
    private static final Set<AlertType> DOOR_WATCHED = Set.of(AlertType.NOBODY_LIVING, AlertType.WELFARE);

    @Resource
    ManagedExecutorService executor;

    @Resource
    jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    private final java.util.concurrent.BlockingQueue<Runnable> deviceEvents =
            new java.util.concurrent.LinkedBlockingQueue<>(100_000);
    private Thread worker;

    @Inject
    AlertService alerts;

    @Inject
    AlertEvaluation evaluation;

    @Inject
    AlertStore store;

    @Inject
    UnitDirectory units;

    @Inject
    LeaseDirectory leases;

    @Inject
    Transactions transactions;

    @Inject
    AlertScheduler scheduler;

    private final Map<String, Instant> occupancyLooked = new ConcurrentHashMap<>();

    void onDoor(@Observes DoorOpened e) {
        if (e.unitId() == null) {
            return;
        }
        inOrder(e.tenant(), "door " + e.eventId(), () -> {
            List<AlertStore.Row> open = transactions.inNew(() -> store.openOnUnits(List.of(e.unitId()), DOOR_WATCHED));
            for (AlertStore.Row r : open) {
                Finding seen = new Finding(r.alert().type(), r.alert().severity(), r.alert().subjectKind(),
                        r.alert().subjectId(), r.alert().projectId(), r.alert().unitId(), r.alert().householdId(),
                        r.alert().leaseId(), r.alert().ruleVersion(), "alerts.explain.doorOpened",
                        List.of(RuleTime.wall(e.occurredAt()), e.credentialKind()),
                        Map.of("eventId", e.eventId(), "deviceId", e.deviceId(), "occurredAt", e.occurredAt().toString(),
                                "credentialKind", e.credentialKind(), "method", e.method()),
                        "door-" + e.deviceId() + "-" + e.eventId(), r.alert().episode());
                alerts.note(r.alert().id(), seen);
            }
            String key = e.tenant().schema() + "/" + e.unitId();
            Instant last = occupancyLooked.get(key);
            Instant now = Instant.now();
            if (last == null || last.plus(OCCUPANCY_THROTTLE).isBefore(now)) {
                occupancyLooked.put(key, now);
                evaluation.occupancyOfUnits(List.of(e.unitId()), evaluation.settings());
            }
        });
    }

    void onTrouble(@Observes LockTrouble e) {
        inOrder(e.tenant(), "lock trouble of " + e.deviceId(), () -> {
            if (DeviceTroubleRule.recovers(e.type()).isPresent()) {
                transactions.inNew(() -> alerts.autoResolve(SubjectKind.DEVICE, e.deviceId(), AlertType.DEVICE_OFFLINE,
                        org.anju.kernel.api.Messages.get(org.anju.kernel.api.Messages.ZH_CN, "alerts.auto.online")));
                return;
            }
            UnitSummary unit = e.unitId() == null ? null : transactions.inNew(() -> units.find(e.unitId()).orElse(null));
            DeviceTroubleRule.evaluate(new DeviceTroubleRule.Trouble(e.deviceId(), e.unitId(),
                            unit == null ? null : unit.label(), unit == null ? null : unit.projectId(), e.type(),
                            e.battery(), e.occurredAt(), e.detail()))
                    .ifPresent(f -> {
                        AlertSettings s = evaluation.settings();
                        if (alerts.raise(f, s) == AlertService.Outcome.OPENED) {
                            scheduler.hasOpenAlerts(e.tenant());
                        }
                    });
        });
    }

    void onReadings(@Observes MeterReadingsRecorded e) {
        Set<Long> used = new java.util.HashSet<>();
        for (MeterReading r : e.readings()) {
            if (r.kind() != MeterKind.ONLINE && r.delta() != null && r.delta().signum() > 0) {
                used.add(r.unitId());
            }
        }
        if (used.isEmpty()) {
            return;
        }
        guarded(e.tenant(), "meter readings", () -> evaluation.vacant(used, evaluation.settings()));
    }

    void onArrears(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArrearsChanged e) {
        later(e.tenant(), "arrears of lease " + e.leaseId(), () -> {
            LeaseDirectory.BillingTerms t = transactions.inNew(() -> leases.billingTerms(e.leaseId()).orElse(null));
            if (t == null) {
                return;
            }
            ArrearsRule.Arrears a = new ArrearsRule.Arrears(e.leaseId(), t.number(), e.householdId(), t.unitId(),
                    t.unitLabel(), t.projectId(), e.overdue(), e.oldestDue(), e.daysOverdue());
            if (ArrearsRule.cleared(a)) {
                transactions.inNew(() -> alerts.autoResolve(SubjectKind.LEASE, String.valueOf(e.leaseId()),
                        AlertType.ARREARS, text("alerts.auto.paid")));
                return;
            }
            ArrearsRule.evaluate(a, evaluation.settings()).ifPresent(f -> alerts.raise(f, evaluation.settings()));
        });
    }

    void onActivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeaseActivated e) {
        later(e.tenant(), "activation of lease " + e.leaseId(), () -> {
            if (e.previousLeaseId() != null) {
                transactions.inNew(() -> alerts.autoResolve(SubjectKind.LEASE, String.valueOf(e.previousLeaseId()),
                        AlertType.CONTRACT_EXPIRY, text("alerts.auto.renewed")));
            }
            transactions.inNew(() -> alerts.autoResolve(SubjectKind.UNIT, String.valueOf(e.unitId()),
                    AlertType.VACANT_USE, text("alerts.auto.occupied")));
            AlertSettings s = evaluation.settings();
            for (LeaseDirectory.Residence r : transactions.inNew(() -> leases.residencesOfUnits(List.of(e.unitId())))) {
                if (r.leaseId() == e.leaseId()) {
                    ContractExpiryRule.evaluate(new ContractExpiryRule.Lease(r.leaseId(), r.leaseNumber(),
                                    r.householdId(), r.unitId(), r.unitLabel(), r.projectId(), r.end()),
                            RuleTime.day(Instant.now()), s).ifPresent(f -> alerts.raise(f, s));
                }
            }
        });
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeaseEnded e) {
        later(e.tenant(), "end of lease " + e.leaseId(), () -> {
            String why = text(e.successorLeaseId() != null ? "alerts.auto.renewed" : "alerts.auto.ended");
            transactions.inNew(() -> alerts.autoResolve(SubjectKind.LEASE, String.valueOf(e.leaseId()),
                    AlertType.CONTRACT_EXPIRY, why));
            if (e.successorLeaseId() == null) {
                String unit = String.valueOf(e.unitId());
                for (AlertType t : List.of(AlertType.NOBODY_LIVING, AlertType.SUBLET, AlertType.GROUP_RENTING)) {
                    transactions.inNew(() -> alerts.autoResolve(SubjectKind.UNIT, unit, t, why));
                }
                transactions.inNew(() -> alerts.autoResolve(SubjectKind.HOUSEHOLD, String.valueOf(e.householdId()),
                        AlertType.WELFARE, why));
            }
        });
    }

    private static String text(String key) {
        return org.anju.kernel.api.Messages.get(org.anju.kernel.api.Messages.ZH_CN, key);
    }

    /**
     * Device events are evaluated on a worker of their own, in the order they came, and never on the thread that
     * fired them: that is the devices' MQTT ingest thread, and evaluating there (three transactions per report) held up
     * every organization's door openings behind a burst of lock troubles (found by the alerts benchmark). The queue is
     * bounded; when it is full the ingest waits a little (back-pressure, nothing dropped silently), and an event that
     * still finds no room is logged and left to the daily pass.
     */
    private void inOrder(TenantId tenant, String what, Runnable work) {
        startWorker();
        try {
            if (!deviceEvents.offer(() -> guarded(tenant, what, work), 5, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warning("Alerts' device event queue is full; " + what + " of " + tenant + " is left to the daily pass");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void startWorker() {
        if (worker != null) {
            return;
        }
        worker = threads.newThread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    deviceEvents.take().run();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "An alerts device event failed", ex);
                }
            }
        });
        worker.setName("anju-alerts-device-events");
        worker.setDaemon(true);
        worker.start();
    }

    @jakarta.annotation.PreDestroy
    synchronized void stopWorker() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void later(TenantId tenant, String what, Runnable work) {
        executor.execute(() -> guarded(tenant, what, work));
    }

    private static void guarded(TenantId tenant, String what, Runnable work) {
        try {
            TenantScope.call(tenant, "system:alerts", () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Alerts could not evaluate " + what + " of " + tenant + "; the daily pass catches up", ex);
        }
    }
}
