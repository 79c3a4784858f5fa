package org.anju.alerts.domain;

/** What an alert is about. The subject id is the unit's, household's, lease's or project's id, or the lock's device id. */
public enum SubjectKind {
    UNIT, HOUSEHOLD, LEASE, DEVICE, PROJECT
}
