package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the occupancy rules know of one occupied unit: who lives there under which lease, since when its door can be
 * watched (the later of the lease's start and its lock's approval), door activity in the rule's windows and metered
 * consumption (null when the unit has no meter days).
 */
public record Occupancy(long unitId, String unitLabel, long projectId, long householdId, long leaseId,
                        int registeredMembers, boolean elderlyAlone, boolean disabled, boolean seriousIllness,
                        Instant watchedSince, Doors doors, Consumption consumption) {

    /** Door openings in a window, and the last ones (null when none in the looked-back window). */
    public record Doors(long openings, long ownOpenings, long visitorOpenings, long otherOpenings,
                        long distinctCredentials, Instant lastOpening, Instant lastOwnOpening) {
        public static final Doors NONE = new Doors(0, 0, 0, 0, 0, null, null);
    }

    /** Water (m³) and electricity (kWh) over {@code days} metered days. */
    public record Consumption(BigDecimal water, BigDecimal electricity, int days) {
    }

    public Occupancy withDoors(Doors d) {
        return new Occupancy(unitId, unitLabel, projectId, householdId, leaseId, registeredMembers, elderlyAlone,
                disabled, seriousIllness, watchedSince, d, consumption);
    }
}
