package org.anju.alerts.domain;

/** How urgent an alert is; higher severities escalate faster (the operator's schedule must keep that order). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public Severity max(Severity other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
