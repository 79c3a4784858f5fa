package org.anju.alerts.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 特殊人群开门 (R7.3a): a household flagged for a welfare watch (elderly living alone by default; disabled or serious
 * illness if the operator adds them) whose door has not opened for the set hours. Always HIGH and escalated on the
 * fastest schedule: someone may need help now. Evidence once per hour of silence.
 */
public final class WelfareRule {

    public static final int VERSION = 1;

    private WelfareRule() {
    }

    /** The first of the household's flags the operator watches, or null. */
    public static String watchedGroup(Occupancy o, AlertSettings s) {
        if (o.elderlyAlone() && s.welfareGroups().contains("ELDERLY_ALONE")) {
            return "ELDERLY_ALONE";
        }
        if (o.seriousIllness() && s.welfareGroups().contains("SERIOUS_ILLNESS")) {
            return "SERIOUS_ILLNESS";
        }
        if (o.disabled() && s.welfareGroups().contains("DISABLED")) {
            return "DISABLED";
        }
        return null;
    }

    public static Optional<Finding> evaluate(Occupancy o, Instant now, AlertSettings s) {
        String group = watchedGroup(o, s);
        if (group == null || o.watchedSince() == null) {
            return Optional.empty();
        }
        Instant silentSince = o.doors().lastOpening() != null ? o.doors().lastOpening() : o.watchedSince();
        long hours = Duration.between(silentSince, now).toHours();
        if (hours < s.welfareHours()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(AlertType.WELFARE, Severity.HIGH, SubjectKind.HOUSEHOLD,
                String.valueOf(o.householdId()), o.projectId(), o.unitId(), o.householdId(), o.leaseId(), VERSION,
                "alerts.explain.welfare." + group, List.of(o.unitLabel(), String.valueOf(hours), RuleTime.wall(silentSince)),
                Map.of("group", group, "silentHours", hours, "silentSince", silentSince.toString(),
                        "thresholdHours", s.welfareHours()),
                "hour-" + now.truncatedTo(java.time.temporal.ChronoUnit.HOURS), episode(o)));
    }

    /** The situation: silence since a known last opening, or, with none on record, this lease's whole watch. */
    static String episode(Occupancy o) {
        return NobodyLivingRule.episode(o);
    }
}
