package org.anju.simulator.lock;

import java.time.Duration;
import java.time.Instant;

/**
 * Something a lock's people (or the lock itself) will do at a simulated instant.
 *
 * @param person       RESIDENT_OPENS: which household member (their credentials decide method and id)
 * @param credentialId VISITOR_OPENS / GUEST_OPENS: the credential used
 * @param type         VISITOR_OPENS / GUEST_OPENS: its kind
 * @param duration     OUTAGE: how long the lock stays off the network (simulated time)
 */
record PlannedAction(Instant at, Kind kind, int person, String credentialId, CredentialType type,
                     Duration duration) implements Comparable<PlannedAction> {

    enum Kind {
        /** A household member opens with one of their credentials. */
        RESIDENT_OPENS,
        /** A visitor opens with a one-time PIN generated offline by the owner's app (id {@code T-PIN-…}). */
        VISITOR_OPENS,
        /** Someone of a sublet unit's changing occupants opens with a temporary PIN or a guest card. */
        GUEST_OPENS,
        /** Someone forces the lock or pulls its cover. */
        TAMPER,
        /** The lock loses its network (its will tells the platform) and comes back later. */
        OUTAGE
    }

    static PlannedAction resident(Instant at, int person) {
        return new PlannedAction(at, Kind.RESIDENT_OPENS, person, null, null, null);
    }

    static PlannedAction with(Instant at, Kind kind, String credentialId, CredentialType type) {
        return new PlannedAction(at, kind, -1, credentialId, type, null);
    }

    static PlannedAction tamper(Instant at) {
        return new PlannedAction(at, Kind.TAMPER, -1, null, null, null);
    }

    static PlannedAction outage(Instant at, Duration duration) {
        return new PlannedAction(at, Kind.OUTAGE, -1, null, null, duration);
    }

    @Override
    public int compareTo(PlannedAction o) {
        return at.compareTo(o.at);
    }
}
