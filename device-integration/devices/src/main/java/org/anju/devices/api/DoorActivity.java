package org.anju.devices.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Door and meter activity of units in bulk, as occupancy rules read it (alerts: nobody living there, welfare, sublet,
 * group renting, vacant-unit use; R7.1c, R7.3a, R7.3c). Every method is one query for any number of units, and every
 * window on access records is bounded (the table is partitioned by time). Tenant scope required.
 */
public interface DoorActivity {

    /**
     * Openings of one unit's doors in a window. {@code ownOpenings} were by the household's own credentials (RESIDENT),
     * {@code visitorOpenings} by visitor codes, {@code otherOpenings} by anything else that is not staff (LOCAL,
     * TEMPORARY, KEY, UNKNOWN: enrolled or opened outside the platform); {@code distinctCredentials} counts the
     * different credentials (and visitor codes) that opened it.
     */
    record UnitDoors(long unitId, long openings, long ownOpenings, long visitorOpenings, long otherOpenings,
                     long distinctCredentials, Instant lastOpening, Instant lastOwnOpening) {
    }

    /** Per unit with at least one opening in [{@code from}, {@code to}); units without are absent. */
    Map<Long, UnitDoors> doors(Collection<Long> unitIds, Instant from, Instant to);

    /**
     * Since when each unit has had a working smart lock: the earliest approval of an approved lock on it. Units without
     * one are absent (a unit without a lock cannot tell whether anybody opens its door).
     */
    Map<Long, Instant> lockedSince(Collection<Long> unitIds);

    /** Metered consumption of a unit over whole days, from the daily totals; null where that meter has no day. */
    record Consumption(long unitId, BigDecimal water, BigDecimal electricity, int days) {
    }

    /** Per unit with a daily total in [{@code from}, {@code to}] (both inclusive, Asia/Shanghai days). */
    Map<Long, Consumption> consumption(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
