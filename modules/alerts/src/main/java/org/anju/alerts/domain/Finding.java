package org.anju.alerts.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found about one subject: the alert to open (or the evidence to add to the open one). {@code messageKey}
 * and {@code params} explain it in the reader's language; {@code data} are the data points (evidence JSON);
 * {@code evidenceKey} makes evidence idempotent (the same pass run twice adds nothing; a new day or a new event adds a
 * line); {@code episode} names the situation, so that an alert someone resolved or dismissed is not reopened for the
 * same situation (a new one, e.g. after the door opened again and then fell silent, opens a new alert).
 */
public record Finding(AlertType type, Severity severity, SubjectKind subjectKind, String subjectId, Long projectId,
                      Long unitId, Long householdId, Long leaseId, int ruleVersion, String messageKey,
                      List<Object> params, Map<String, Object> data, String evidenceKey, String episode) {

    public Finding {
        Objects.requireNonNull(type);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(subjectId);
        params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
        java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>();
        data.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v);
            }
        });
        data = java.util.Collections.unmodifiableMap(kept);
    }

    public String ruleCode() {
        return type.name();
    }
}
