package org.anju.alerts.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.ContractExpiryRule;
import org.anju.alerts.domain.Finding;
import org.anju.alerts.domain.GroupRentingRule;
import org.anju.alerts.domain.NobodyLivingRule;
import org.anju.alerts.domain.Occupancy;
import org.anju.alerts.domain.RuleTime;
import org.anju.alerts.domain.SubletRule;
import org.anju.alerts.domain.VacantUseRule;
import org.anju.alerts.domain.WelfareRule;
import org.anju.alerts.infrastructure.AlertStore;
import org.anju.devices.api.DoorActivity;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Transactions;
import org.anju.leasing.api.LeaseDirectory;

/**
 * The rules' passes over the current organization (call in its tenant scope, outside a transaction). Data is read in
 * bulk (a handful of statements for the whole organization, windows bounded), the rules run in memory, and each
 * finding is raised in a transaction of its own, so one bad subject never stops the others.
 */
@ApplicationScoped
public class AlertEvaluation {

    private static final Logger LOG = Logger.getLogger(AlertEvaluation.class.getName());

    @Inject
    AlertStore store;

    @Inject
    AlertService alerts;

    @Inject
    LeaseDirectory leases;

    @Inject
    UnitDirectory units;

    @Inject
    DoorActivity doors;

    @Inject
    Transactions transactions;

    /** What a pass did, for the operator's "run now" and the logs. */
    public record Result(int subjects, int opened, int evidence, int suppressed, int escalated, int failed) {
        Result plus(Result o) {
            return new Result(subjects + o.subjects, opened + o.opened, evidence + o.evidence, suppressed + o.suppressed,
                    escalated + o.escalated, failed + o.failed);
        }

        static final Result NONE = new Result(0, 0, 0, 0, 0, 0);
    }

    public AlertSettings settings() {
        return transactions.inNew(store::settings);
    }

    /** Everything now: the daily rules, the welfare watch, vacant units and escalation. */
    public Result runAll() {
        AlertSettings s = settings();
        Instant now = Instant.now();
        return daily(s, now).plus(welfare(s, now)).plus(escalation(s));
    }

    /** Expiry, nobody living, sublet, group renting (live leases) and vacant-unit use. */
    public Result daily(AlertSettings s, Instant now) {
        List<LeaseDirectory.Residence> residences = transactions.inNew(leases::residences);
        List<Finding> findings = new ArrayList<>();
        LocalDate today = RuleTime.day(now);
        for (LeaseDirectory.Residence r : residences) {
            ContractExpiryRule.evaluate(new ContractExpiryRule.Lease(r.leaseId(), r.leaseNumber(), r.householdId(),
                    r.unitId(), r.unitLabel(), r.projectId(), r.end()), today, s).ifPresent(findings::add);
        }
        findings.addAll(occupancyFindings(residences, s, now, true));
        findings.addAll(vacantFindings(null, s, now));
        return raise(findings, residences.size(), s);
    }

    /** The welfare watch of flagged households (hourly). */
    public Result welfare(AlertSettings s, Instant now) {
        List<LeaseDirectory.Residence> flagged = transactions.inNew(leases::residences).stream()
                .filter(r -> watched(r, s)).toList();
        if (flagged.isEmpty()) {
            return Result.NONE;
        }
        Instant from = now.minus(Duration.ofHours(2L * s.welfareHours()));
        List<Occupancy> occupancies = occupancies(flagged, from, now, from, false, s);
        List<Finding> findings = new ArrayList<>();
        for (Occupancy o : occupancies) {
            WelfareRule.evaluate(o, now, s).ifPresent(findings::add);
        }
        return raise(findings, flagged.size(), s);
    }

    /** Whether any live lease of the organization is watched for welfare (the hourly pass visits only those). */
    public boolean hasWelfareWatch(AlertSettings s) {
        return transactions.inNew(leases::residences).stream().anyMatch(r -> watched(r, s));
    }

    static boolean watched(LeaseDirectory.Residence r, AlertSettings s) {
        return (r.elderlyAlone() && s.welfareGroups().contains("ELDERLY_ALONE"))
                || (r.disabled() && s.welfareGroups().contains("DISABLED"))
                || (r.seriousIllness() && s.welfareGroups().contains("SERIOUS_ILLNESS"));
    }

    /** Sublet and group renting for a few units (after door openings; the caller throttles). */
    public Result occupancyOfUnits(Collection<Long> unitIds, AlertSettings s) {
        List<LeaseDirectory.Residence> residences = transactions.inNew(() -> leases.residencesOfUnits(unitIds));
        return raise(occupancyFindings(residences, s, Instant.now(), false), residences.size(), s);
    }

    /** Vacant-unit use on the given units (after meter readings), or on every VACANT unit (daily, null). */
    public Result vacant(Collection<Long> unitIds, AlertSettings s) {
        return raise(vacantFindings(unitIds, s, Instant.now()), unitIds == null ? 0 : unitIds.size(), s);
    }

    /** Escalates every unresolved alert past its deadline. */
    public Result escalation(AlertSettings s) {
        List<AlertStore.Row> overdue = transactions.inNew(() -> store.overdue(Instant.now()));
        int escalated = 0;
        int failed = 0;
        for (AlertStore.Row r : overdue) {
            try {
                if (transactions.inNew(() -> alerts.escalate(r.alert().id(), s)) != org.anju.alerts.domain.Alert.Escalation.NONE) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Alert " + r.alert().id() + " not escalated; the next pass retries", e);
            }
        }
        return new Result(overdue.size(), 0, 0, 0, escalated, failed);
    }

    // ------------------------------------------------------------------ reading in bulk

    private List<Finding> occupancyFindings(List<LeaseDirectory.Residence> residences, AlertSettings s, Instant now,
                                            boolean nobodyLiving) {
        List<Finding> findings = new ArrayList<>();
        if (residences.isEmpty()) {
            return findings;
        }
        Instant lookback = now.minus(Duration.ofDays(2L * s.nobodyLivingDays()));
        List<Occupancy> base = occupancies(residences, lookback, now, lookback, true, s);
        Set<Long> ids = new HashSet<>();
        base.forEach(o -> ids.add(o.unitId()));
        Instant subletFrom = now.minus(Duration.ofDays(s.subletWindowDays()));
        Instant ownFrom = now.minus(Duration.ofDays(7L * s.subletOwnUnusedWeeks()));
        Instant groupFrom = now.minus(Duration.ofDays(s.groupWindowDays()));
        LocalDate today = RuleTime.day(now);
        Map<Long, DoorActivity.UnitDoors> sublet = transactions.inNew(() -> doors.doors(ids, subletFrom, now));
        Map<Long, DoorActivity.UnitDoors> own = transactions.inNew(() -> doors.doors(ids, ownFrom, now));
        Map<Long, DoorActivity.UnitDoors> group = transactions.inNew(() -> doors.doors(ids, groupFrom, now));
        Map<Long, DoorActivity.Consumption> groupWater = transactions.inNew(() ->
                doors.consumption(ids, today.minusDays(s.groupWindowDays() - 1L), today));
        for (Occupancy o : base) {
            if (nobodyLiving) {
                NobodyLivingRule.evaluate(o, now, s).ifPresent(findings::add);
            }
            SubletRule.evaluate(o, doors(sublet.get(o.unitId())), doors(own.get(o.unitId())), now, s)
                    .ifPresent(findings::add);
            GroupRentingRule.evaluate(o, doors(group.get(o.unitId())), consumption(groupWater.get(o.unitId())), now, s)
                    .ifPresent(findings::add);
        }
        return findings;
    }

    /**
     * The occupancy of each residence: door activity over [{@code from}, {@code to}), watched since the later of the
     * lease's start, the lock's approval and {@code cap} (older silence than the look-back cannot be told apart).
     */
    private List<Occupancy> occupancies(List<LeaseDirectory.Residence> residences, Instant from, Instant to, Instant cap,
                                        boolean withConsumption, AlertSettings s) {
        Set<Long> ids = new HashSet<>();
        residences.forEach(r -> ids.add(r.unitId()));
        Map<Long, Instant> locked = transactions.inNew(() -> doors.lockedSince(ids));
        Map<Long, DoorActivity.UnitDoors> activity = transactions.inNew(() -> doors.doors(ids, from, to));
        LocalDate today = RuleTime.day(to);
        Map<Long, DoorActivity.Consumption> use = withConsumption
                ? transactions.inNew(() -> doors.consumption(ids, today.minusDays(s.consumptionWindowDays() - 1L), today))
                : Map.of();
        List<Occupancy> out = new ArrayList<>();
        for (LeaseDirectory.Residence r : residences) {
            Instant lock = locked.get(r.unitId());
            Instant watched = null;
            if (lock != null) {
                Instant start = r.start().atStartOfDay(RuleTime.ZONE).toInstant();
                watched = latest(latest(start, lock), cap);
            }
            out.add(new Occupancy(r.unitId(), r.unitLabel(), r.projectId(), r.householdId(), r.leaseId(),
                    r.registeredMembers(), r.elderlyAlone(), r.disabled(), r.seriousIllness(), watched,
                    doors(activity.get(r.unitId())), consumption(use.get(r.unitId()))));
        }
        return out;
    }

    private List<Finding> vacantFindings(Collection<Long> unitIds, AlertSettings s, Instant now) {
        List<UnitSummary> vacant = transactions.inNew(() -> unitIds == null ? units.inStatus(UnitStatus.VACANT)
                : units.findAll(unitIds).values().stream().filter(u -> u.status() == UnitStatus.VACANT).toList());
        if (vacant.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitSummary> byId = new HashMap<>();
        vacant.forEach(u -> byId.put(u.id(), u));
        LocalDate today = RuleTime.day(now);
        Map<Long, DoorActivity.Consumption> use = transactions.inNew(() ->
                doors.consumption(byId.keySet(), today.minusDays(1), today));
        List<Finding> findings = new ArrayList<>();
        for (UnitSummary u : vacant) {
            VacantUseRule.evaluate(new VacantUseRule.Vacant(u.id(), u.label(), u.projectId()),
                    consumption(use.get(u.id())), now, s).ifPresent(findings::add);
        }
        return findings;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Occupancy.Doors doors(DoorActivity.UnitDoors d) {
        return d == null ? Occupancy.Doors.NONE : new Occupancy.Doors(d.openings(), d.ownOpenings(), d.visitorOpenings(),
                d.otherOpenings(), d.distinctCredentials(), d.lastOpening(), d.lastOwnOpening());
    }

    private static Occupancy.Consumption consumption(DoorActivity.Consumption c) {
        return c == null ? null : new Occupancy.Consumption(c.water(), c.electricity(), c.days());
    }

    // ------------------------------------------------------------------ raising

    Result raise(List<Finding> findings, int subjects, AlertSettings s) {
        int opened = 0;
        int evidence = 0;
        int suppressed = 0;
        int failed = 0;
        for (Finding f : findings) {
            try {
                switch (alerts.raise(f, s)) {
                    case OPENED -> opened++;
                    case EVIDENCE -> evidence++;
                    case SUPPRESSED -> suppressed++;
                    case UNCHANGED -> { }
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Finding " + f.type() + " on " + f.subjectKind() + " " + f.subjectId()
                        + " not raised; the next pass retries", e);
            }
        }
        return new Result(subjects, opened, evidence, suppressed, 0, failed);
    }
}
