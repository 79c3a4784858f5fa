package org.anju.devices.api;

import java.time.Instant;

import org.anju.tenancy.api.TenantId;

/**
 * A lock reported trouble or changed state: TAMPER, LOW_BATTERY, OFFLINE, ONLINE (back after being offline), or a
 * command of the platform that TIMED_OUT. Fired after commit in the organization's tenant scope (alerts raise from it).
 */
public record LockTrouble(TenantId tenant, String deviceId, Long unitId, String type, Integer battery,
                          Instant occurredAt, String detail) {
}
