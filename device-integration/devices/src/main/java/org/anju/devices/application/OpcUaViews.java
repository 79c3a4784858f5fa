package org.anju.devices.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Answers of the OPC UA and meters API (docs/api/opcua.md). */
public final class OpcUaViews {

    private OpcUaViews() {
    }

    public record ConnectionView(long endpointId, String name, String url, boolean enabled, String state,
                                 Instant since, String lastError, int monitoredItems, Instant lastValueAt,
                                 long readingsStored, int backlog) {
    }

    public record EndpointView(long id, String name, String url, String securityPolicy, String securityMode,
                               String username, boolean hasPassword, String namespaceUri, long projectId,
                               String projectName, String nodePrefix, boolean enabled, long nodes,
                               ConnectionView connection, Instant createdAt, Instant updatedAt, long version) {
    }

    public record NodeMappingView(long id, long endpointId, String nodeId, long unitId, String unitLabel, String kind,
                                  Instant createdAt) {
    }

    public record Unmatched(String nodeId, String reason) {
    }

    public record AutoMapResult(String source, int found, int mapped, int alreadyMapped, int unmatchedTotal,
                                List<Unmatched> unmatched) {
    }

    public record CurrentMeter(String kind, BigDecimal value, String unit, Instant sourceTime, Instant receivedAt,
                               String flag, String source, String nodeId) {
    }

    public record UnitMetersView(long unitId, String unitLabel, List<CurrentMeter> meters) {
    }

    public record ReadingView(long unitId, String kind, BigDecimal value, BigDecimal delta, String flag,
                              Instant sourceTime, Instant serverTime, Instant receivedAt, String source,
                              String nodeId) {
    }

    public record DailyView(LocalDate day, String kind, BigDecimal firstValue, Instant firstAt, BigDecimal lastValue,
                            Instant lastAt, BigDecimal consumption, BigDecimal flaggedConsumption, int readings,
                            int flags) {
    }

    public record DailyAmount(BigDecimal consumption, BigDecimal flaggedConsumption, int flags, BigDecimal lastValue,
                              Instant lastAt) {
    }

    public record UnitDailyView(long unitId, String unitLabel, String buildingName, String roomNumber,
                                DailyAmount water, DailyAmount electricity) {
    }

    /** What a push of readings did: stored, and already there (the same unit, kind and time) or unchanged. */
    public record RecordResult(int accepted, int duplicates) {
    }
}
