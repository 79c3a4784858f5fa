package org.anju.alerts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 无人居住 (R7.1c, R7.3a): an occupied unit whose door has not opened for the set days (counted from the last opening,
 * or from when the door could first be watched). MEDIUM; HIGH when water and electricity over the recent window are
 * both near zero as well. {@code doors.lastOpening} must come from a look-back of at least the set days.
 */
public final class NobodyLivingRule {

    public static final int VERSION = 1;

    private NobodyLivingRule() {
    }

    public static Optional<Finding> evaluate(Occupancy o, Instant now, AlertSettings s) {
        if (o.watchedSince() == null) {
            return Optional.empty(); // no lock: nobody can tell
        }
        Instant silentSince = o.doors().lastOpening() != null ? o.doors().lastOpening() : o.watchedSince();
        long days = Duration.between(silentSince, now).toDays();
        if (days < s.nobodyLivingDays()) {
            return Optional.empty();
        }
        Occupancy.Consumption c = o.consumption();
        boolean metered = c != null && c.days() > 0 && c.water() != null && c.electricity() != null;
        boolean nearZero = metered && c.water().compareTo(s.nearZeroWaterM3()) <= 0
                && c.electricity().compareTo(s.nearZeroElectricityKwh()) <= 0;
        String key = metered ? "alerts.explain.nobodyLiving.metered" : "alerts.explain.nobodyLiving";
        List<Object> params = metered
                ? List.of(String.valueOf(days), String.valueOf(s.consumptionWindowDays()), RuleTime.qty(c.water()),
                        RuleTime.qty(c.electricity()))
                : List.of(String.valueOf(days), RuleTime.wall(silentSince));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("silentDays", days);
        data.put("silentSince", silentSince.toString());
        data.put("lastOpening", o.doors().lastOpening() == null ? null : o.doors().lastOpening().toString());
        data.put("thresholdDays", s.nobodyLivingDays());
        if (metered) {
            data.put("waterM3", RuleTime.qty(c.water()));
            data.put("electricityKwh", RuleTime.qty(c.electricity()));
            data.put("windowDays", s.consumptionWindowDays());
        }
        return Optional.of(new Finding(AlertType.NOBODY_LIVING, nearZero ? Severity.HIGH : Severity.MEDIUM,
                SubjectKind.UNIT, String.valueOf(o.unitId()), o.projectId(), o.unitId(), o.householdId(), o.leaseId(),
                VERSION, key, params, data, "day-" + RuleTime.day(now), episode(o)));
    }

    /** The situation: silence since a known last opening, or, with none on record, this lease's whole watch. */
    static String episode(Occupancy o) {
        return o.doors().lastOpening() != null ? "silent-since-" + o.doors().lastOpening() : "lease-" + o.leaseId() + "-unopened";
    }
}
