package org.anju.alerts.domain;

/** Which alerts a list asks for; null means any. */
public record AlertFilter(AlertType type, Severity severity, AlertStatus status, Long projectId, SubjectKind subjectKind,
                          String subjectId) {
}
