package org.anju.alerts.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An alert's lifecycle: OPEN → ACKNOWLEDGED → DISPATCHED (a home visit, 入户核查) → RESOLVED with the visit's finding,
 * or DISMISSED with a reason from any open state. Resolving needs someone to have acknowledged it first (an alert is
 * never closed unseen); RESOLVED and DISMISSED are final.
 */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, DISPATCHED, RESOLVED, DISMISSED;

    /** The states in which an alert counts as open (one per subject and type; a partial unique index holds it). */
    public static final Set<AlertStatus> UNRESOLVED = EnumSet.of(OPEN, ACKNOWLEDGED, DISPATCHED);

    public boolean open() {
        return UNRESOLVED.contains(this);
    }

    public Set<AlertStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED, DISPATCHED, DISMISSED);
            case ACKNOWLEDGED -> EnumSet.of(DISPATCHED, RESOLVED, DISMISSED);
            case DISPATCHED -> EnumSet.of(RESOLVED, DISMISSED);
            case RESOLVED, DISMISSED -> EnumSet.noneOf(AlertStatus.class);
        };
    }

    public boolean canMoveTo(AlertStatus next) {
        return allowedNext().contains(next);
    }
}
