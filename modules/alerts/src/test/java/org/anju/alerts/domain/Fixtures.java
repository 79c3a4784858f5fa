package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Plain data for the rule tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final AlertSettings S = AlertSettings.defaults();

    private Fixtures() {
    }

    static Instant daysAgo(long d) {
        return NOW.minus(Duration.ofDays(d));
    }

    static Instant hoursAgo(long h) {
        return NOW.minus(Duration.ofHours(h));
    }

    static Occupancy occupancy(Instant watchedSince, Occupancy.Doors doors, Occupancy.Consumption use) {
        return new Occupancy(11L, "安居小区 1号楼 101", 3L, 21L, 31L, 2, false, false, false, watchedSince, doors, use);
    }

    static Occupancy elderly(Instant watchedSince, Instant lastOpening) {
        return new Occupancy(11L, "安居小区 1号楼 101", 3L, 21L, 31L, 1, true, false, false, watchedSince,
                new Occupancy.Doors(lastOpening == null ? 0 : 1, lastOpening == null ? 0 : 1, 0, 0, 1, lastOpening,
                        lastOpening), null);
    }

    static Occupancy.Doors lastOpened(Instant at) {
        return new Occupancy.Doors(1, 1, 0, 0, 1, at, at);
    }

    static Occupancy.Doors doors(long openings, long own, long visitor, long other, long distinct) {
        return new Occupancy.Doors(openings, own, visitor, other, distinct, openings == 0 ? null : NOW,
                own == 0 ? null : NOW);
    }

    static Occupancy.Consumption use(String water, String power, int days) {
        return new Occupancy.Consumption(new BigDecimal(water), new BigDecimal(power), days);
    }
}
