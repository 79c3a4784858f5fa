package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 疑似转租 (R7.1b, R7.1c, R7.3a), two signs over the set window: the door opened mostly by credentials or visitor codes
 * that are not the household's own; or the household's own credentials unused for the set weeks while the door keeps
 * opening. Either is MEDIUM, both HIGH. Too few openings say nothing. After a dismissal the rule stays quiet for the
 * rest of the month (episode per lease and month).
 *
 * @see #evaluate the {@code window} doors are over the sublet window; {@code ownWindow} over the own-credential weeks
 */
public final class SubletRule {

    public static final int VERSION = 1;

    private SubletRule() {
    }

    public static Optional<Finding> evaluate(Occupancy o, Occupancy.Doors window, Occupancy.Doors ownWindow, Instant now,
                                             AlertSettings s) {
        long others = window.visitorOpenings() + window.otherOpenings();
        boolean byOthers = window.openings() >= s.subletMinOpenings() && BigDecimal.valueOf(others)
                .compareTo(s.subletOthersShare().multiply(BigDecimal.valueOf(window.openings()))) >= 0;
        Duration weeks = Duration.ofDays(7L * s.subletOwnUnusedWeeks());
        boolean watchedLongEnough = o.watchedSince() != null && !o.watchedSince().isAfter(now.minus(weeks));
        boolean ownUnused = watchedLongEnough && ownWindow.openings() >= s.subletMinOpenings()
                && ownWindow.ownOpenings() == 0;
        if (!byOthers && !ownUnused) {
            return Optional.empty();
        }
        int share = window.openings() == 0 ? 0 : BigDecimal.valueOf(others * 100)
                .divide(BigDecimal.valueOf(window.openings()), 0, RoundingMode.HALF_UP).intValue();
        String key;
        List<Object> params;
        if (byOthers && ownUnused) {
            key = "alerts.explain.sublet.both";
            params = List.of(String.valueOf(s.subletWindowDays()), String.valueOf(window.openings()),
                    String.valueOf(others), String.valueOf(share), String.valueOf(s.subletOwnUnusedWeeks()));
        } else if (byOthers) {
            key = "alerts.explain.sublet.others";
            params = List.of(String.valueOf(s.subletWindowDays()), String.valueOf(window.openings()),
                    String.valueOf(others), String.valueOf(share));
        } else {
            key = "alerts.explain.sublet.ownUnused";
            params = List.of(String.valueOf(s.subletOwnUnusedWeeks()), String.valueOf(ownWindow.openings()));
        }
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("windowDays", s.subletWindowDays());
        data.put("openings", window.openings());
        data.put("ownOpenings", window.ownOpenings());
        data.put("visitorOpenings", window.visitorOpenings());
        data.put("otherOpenings", window.otherOpenings());
        data.put("othersSharePercent", share);
        data.put("ownUnusedWeeks", s.subletOwnUnusedWeeks());
        data.put("openingsInOwnWindow", ownWindow.openings());
        data.put("ownOpeningsInOwnWindow", ownWindow.ownOpenings());
        return Optional.of(new Finding(AlertType.SUBLET, byOthers && ownUnused ? Severity.HIGH : Severity.MEDIUM,
                SubjectKind.UNIT, String.valueOf(o.unitId()), o.projectId(), o.unitId(), o.householdId(), o.leaseId(),
                VERSION, key, params, data, "day-" + RuleTime.day(now),
                "lease-" + o.leaseId() + "-" + java.time.YearMonth.from(RuleTime.day(now))));
    }
}
