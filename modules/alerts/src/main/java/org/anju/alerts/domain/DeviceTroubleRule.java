package org.anju.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 门锁故障: a lock's TAMPER (HIGH), OFFLINE (MEDIUM) or LOW_BATTERY (LOW; MEDIUM at 10 % or less) report. Each report
 * is one piece of evidence (a repeat adds to the open alert); ONLINE closes an offline alert ({@link #recovers}).
 */
public final class DeviceTroubleRule {

    public static final int VERSION = 1;

    public record Trouble(String deviceId, Long unitId, String unitLabel, Long projectId, String type, Integer battery,
                          Instant occurredAt, String detail) {
    }

    private DeviceTroubleRule() {
    }

    /** The alert type an ONLINE report ends, if any. */
    public static Optional<AlertType> recovers(String type) {
        return "ONLINE".equals(type) ? Optional.of(AlertType.DEVICE_OFFLINE) : Optional.empty();
    }

    public static Optional<Finding> evaluate(Trouble t) {
        AlertType type;
        Severity severity;
        switch (t.type()) {
            case "TAMPER" -> {
                type = AlertType.DEVICE_TAMPER;
                severity = Severity.HIGH;
            }
            case "OFFLINE" -> {
                type = AlertType.DEVICE_OFFLINE;
                severity = Severity.MEDIUM;
            }
            case "LOW_BATTERY" -> {
                type = AlertType.DEVICE_LOW_BATTERY;
                severity = t.battery() != null && t.battery() <= 10 ? Severity.MEDIUM : Severity.LOW;
            }
            default -> {
                return Optional.empty();
            }
        }
        String where = t.unitLabel() == null ? "-" : t.unitLabel();
        List<Object> params = List.of(t.deviceId(), where, RuleTime.wall(t.occurredAt()),
                t.battery() == null ? "-" : String.valueOf(t.battery()));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("report", t.type());
        data.put("occurredAt", t.occurredAt().toString());
        data.put("battery", t.battery());
        data.put("detail", t.detail());
        String evidence = t.type() + "-" + t.occurredAt();
        return Optional.of(new Finding(type, severity, SubjectKind.DEVICE, t.deviceId(), t.projectId(), t.unitId(), null,
                null, VERSION, "alerts.explain." + type.name(), params, data, evidence, evidence));
    }
}
