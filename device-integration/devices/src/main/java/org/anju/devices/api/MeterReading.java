package org.anju.devices.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One stored meter reading, as other modules see it. {@code delta} is the step from the previous reading of the same
 * unit and kind (null for the first one); {@code source} is {@code opcua:<endpointId>} or {@code vendor:<code>}.
 */
public record MeterReading(long unitId, MeterKind kind, BigDecimal value, BigDecimal delta, ReadingFlag flag,
                           Instant sourceTime, Instant receivedAt, String source) {
}
