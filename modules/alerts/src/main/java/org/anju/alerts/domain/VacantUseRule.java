package org.anju.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 空置房异常用水用电 (R7.3c): a VACANT unit whose water or electricity over yesterday and today exceeds the set
 * threshold. MEDIUM; HIGH when both do. One episode per ISO week: a dismissed alert reopens next week if use goes on.
 */
public final class VacantUseRule {

    public static final int VERSION = 1;

    public record Vacant(long unitId, String unitLabel, long projectId) {
    }

    private VacantUseRule() {
    }

    public static Optional<Finding> evaluate(Vacant v, Occupancy.Consumption c, Instant now, AlertSettings s) {
        if (c == null) {
            return Optional.empty();
        }
        boolean water = c.water() != null && c.water().compareTo(s.vacantWaterM3()) > 0;
        boolean power = c.electricity() != null && c.electricity().compareTo(s.vacantElectricityKwh()) > 0;
        if (!water && !power) {
            return Optional.empty();
        }
        java.time.LocalDate today = RuleTime.day(now);
        int week = today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return Optional.of(new Finding(AlertType.VACANT_USE, water && power ? Severity.HIGH : Severity.MEDIUM,
                SubjectKind.UNIT, String.valueOf(v.unitId()), v.projectId(), v.unitId(), null, null, VERSION,
                "alerts.explain.vacant", List.of(v.unitLabel(), RuleTime.qty(c.water()), RuleTime.qty(c.electricity()),
                        s.vacantWaterM3().toPlainString(), s.vacantElectricityKwh().toPlainString()),
                Map.of("waterM3", RuleTime.qty(c.water()), "electricityKwh", RuleTime.qty(c.electricity()),
                        "days", c.days(), "thresholdWaterM3", s.vacantWaterM3().toPlainString(),
                        "thresholdElectricityKwh", s.vacantElectricityKwh().toPlainString()),
                "day-" + today + "-" + RuleTime.qty(c.water()) + "-" + RuleTime.qty(c.electricity()),
                "week-" + today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-" + week));
    }
}
