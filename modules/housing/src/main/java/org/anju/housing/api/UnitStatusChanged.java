package org.anju.housing.api;

import java.time.Instant;

import org.anju.tenancy.api.TenantId;

/**
 * Published inside the application (CDI event, in the transaction of the change) every time a unit's status changes.
 * Observers that act on it in another transaction should observe {@code AFTER_SUCCESS}.
 */
public record UnitStatusChanged(TenantId tenant, long unitId, long projectId, long buildingId, UnitStatus from,
                                UnitStatus to, Instant at, String actor, String reason, StatusSource source) {
}
