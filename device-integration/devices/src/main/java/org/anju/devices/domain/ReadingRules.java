package org.anju.devices.domain;

import java.math.BigDecimal;
import java.time.Duration;

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.ReadingFlag;

/**
 * When a step between two readings is suspicious (devices protocol 2.3). Readings are cumulative: a decrease means the
 * meter was replaced or reset. A jump is a step above what a large household could use in the time between the two
 * readings, with a fixed allowance so that short gaps never flag ordinary use: water more than 5 m³ + 3 m³ a day,
 * electricity more than 100 kWh + 60 kWh a day (a household uses about 0.6 m³ and 8–20 kWh a day; the simulator's
 * fault steps by 35 m³ and 420 kWh). After a long outage the allowance grows with the gap, so the catch-up step of a
 * meter that was offline for days is not taken for a leak.
 */
public final class ReadingRules {

    static final BigDecimal WATER_BASE = new BigDecimal("5");
    static final BigDecimal WATER_PER_DAY = new BigDecimal("3");
    static final BigDecimal KWH_BASE = new BigDecimal("100");
    static final BigDecimal KWH_PER_DAY = new BigDecimal("60");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private ReadingRules() {
    }

    /** The largest ordinary step for {@code kind} after {@code elapsed} (negative durations count as none). */
    public static BigDecimal jumpThreshold(MeterKind kind, Duration elapsed) {
        long seconds = Math.max(0, elapsed.getSeconds());
        BigDecimal days = BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 6, java.math.RoundingMode.HALF_UP);
        return switch (kind) {
            case WATER -> WATER_BASE.add(WATER_PER_DAY.multiply(days));
            case ELECTRICITY -> KWH_BASE.add(KWH_PER_DAY.multiply(days));
            case ONLINE -> null;
        };
    }

    /** The flag of a step {@code delta} taken over {@code elapsed}. */
    public static ReadingFlag flag(MeterKind kind, BigDecimal delta, Duration elapsed) {
        if (!kind.cumulative() || delta == null) {
            return ReadingFlag.NONE;
        }
        if (delta.signum() < 0) {
            return ReadingFlag.DECREASE;
        }
        return delta.compareTo(jumpThreshold(kind, elapsed)) > 0 ? ReadingFlag.JUMP : ReadingFlag.NONE;
    }
}
