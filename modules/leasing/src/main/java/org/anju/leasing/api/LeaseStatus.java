package org.anju.leasing.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A lease's life (R6.3, R7.4c), one state machine: drafted, submitted for approval, approved (or rejected, or returned
 * to draft), signed by the resident, active from check-in, and ended by renewal, change (re-signing), termination or
 * expiry. Every transition is recorded with actor and reason.
 */
public enum LeaseStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SIGNED, ACTIVE, RENEWED, CHANGED, TERMINATED, EXPIRED, CANCELLED;

    private static final Map<LeaseStatus, Set<LeaseStatus>> NEXT = new EnumMap<>(LeaseStatus.class);

    static {
        NEXT.put(DRAFT, set(PENDING_APPROVAL, CANCELLED));
        NEXT.put(PENDING_APPROVAL, set(APPROVED, REJECTED, DRAFT));
        NEXT.put(APPROVED, set(SIGNED, ACTIVE, CANCELLED));
        NEXT.put(REJECTED, set());
        NEXT.put(SIGNED, set(ACTIVE, CANCELLED));
        NEXT.put(ACTIVE, set(RENEWED, CHANGED, TERMINATED, EXPIRED));
        NEXT.put(EXPIRED, set(RENEWED, TERMINATED));
        NEXT.put(RENEWED, set());
        NEXT.put(CHANGED, set());
        NEXT.put(TERMINATED, set());
        NEXT.put(CANCELLED, set());
    }

    private static Set<LeaseStatus> set(LeaseStatus... s) {
        return s.length == 0 ? Set.of() : Collections.unmodifiableSet(EnumSet.of(s[0], s));
    }

    public Set<LeaseStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(LeaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The lease binds the household to the unit (signed and not ended). */
    public boolean live() {
        return this == SIGNED || this == ACTIVE;
    }

    public boolean ended() {
        return this == RENEWED || this == CHANGED || this == TERMINATED || this == EXPIRED || this == REJECTED
                || this == CANCELLED;
    }
}
