package org.anju.devices.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

import org.anju.devices.api.MeterKind;

/**
 * A value as it arrived for a unit's meter, before the platform decided whether to store it. {@code sourceTime} is
 * the meter's clock (the gateway's when the meter gave none); values are kept to 3 decimals (a litre, a Wh).
 */
public record MeterSample(long unitId, MeterKind kind, BigDecimal value, Instant sourceTime, Instant serverTime,
                          Instant receivedAt, String source, String nodeId) {

    public static final int SCALE = 3;

    public MeterSample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceTime, "sourceTime");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(source, "source");
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A double from OPC UA, to the litre / Wh. */
    public static BigDecimal valueOf(double v) {
        return BigDecimal.valueOf(v).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
