package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 疑似群租 (R7.3a), two signs over the set window: many more distinct credentials entering than the household has
 * registered members (at least {@code groupCredentialsPerMember} per member and never fewer than
 * {@code groupMinDistinct}); or water per registered person per day above the set normal. Either is MEDIUM, both HIGH.
 */
public final class GroupRentingRule {

    public static final int VERSION = 1;

    private GroupRentingRule() {
    }

    public static Optional<Finding> evaluate(Occupancy o, Occupancy.Doors window, Occupancy.Consumption water,
                                             Instant now, AlertSettings s) {
        int members = Math.max(1, o.registeredMembers());
        long needed = Math.max(s.groupMinDistinct(), s.groupCredentialsPerMember().multiply(BigDecimal.valueOf(members))
                .setScale(0, RoundingMode.CEILING).longValue());
        boolean crowd = window.distinctCredentials() >= needed;
        BigDecimal perPerson = null;
        if (water != null && water.water() != null && water.days() > 0) {
            perPerson = water.water().divide(BigDecimal.valueOf((long) members * water.days()), 2, RoundingMode.HALF_UP);
        }
        boolean thirsty = perPerson != null && perPerson.compareTo(s.groupWaterPerPersonDailyM3()) > 0;
        if (!crowd && !thirsty) {
            return Optional.empty();
        }
        String key;
        List<Object> params;
        String pp = perPerson == null ? "-" : perPerson.toPlainString();
        if (crowd && thirsty) {
            key = "alerts.explain.group.both";
            params = List.of(String.valueOf(s.groupWindowDays()), String.valueOf(window.distinctCredentials()),
                    String.valueOf(members), pp);
        } else if (crowd) {
            key = "alerts.explain.group.people";
            params = List.of(String.valueOf(s.groupWindowDays()), String.valueOf(window.distinctCredentials()),
                    String.valueOf(members));
        } else {
            key = "alerts.explain.group.water";
            params = List.of(String.valueOf(water.days()), pp, String.valueOf(members));
        }
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("windowDays", s.groupWindowDays());
        data.put("distinctCredentials", window.distinctCredentials());
        data.put("registeredMembers", members);
        data.put("distinctNeeded", needed);
        data.put("waterPerPersonDailyM3", perPerson == null ? null : perPerson.toPlainString());
        data.put("thresholdWaterPerPersonDailyM3", s.groupWaterPerPersonDailyM3().toPlainString());
        return Optional.of(new Finding(AlertType.GROUP_RENTING, crowd && thirsty ? Severity.HIGH : Severity.MEDIUM,
                SubjectKind.UNIT, String.valueOf(o.unitId()), o.projectId(), o.unitId(), o.householdId(), o.leaseId(),
                VERSION, key, params, data, "day-" + RuleTime.day(now),
                "lease-" + o.leaseId() + "-" + java.time.YearMonth.from(RuleTime.day(now))));
    }
}
