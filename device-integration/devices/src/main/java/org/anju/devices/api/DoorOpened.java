package org.anju.devices.api;

import java.time.Instant;

import org.anju.tenancy.api.TenantId;

/**
 * A door was opened (R6.1a, R7.1c) and the access record is stored. Fired after the batch that stored it committed,
 * in the organization's tenant scope; the same event id is never fired twice. {@code credentialKind} says whose
 * credential it was: RESIDENT (a household member's), VISITOR (a code a resident issued), STAFF, LOCAL (enrolled on the
 * lock outside the platform), TEMPORARY (a code the owner's app made offline), KEY (mechanical), REMOTE, UNKNOWN.
 */
public record DoorOpened(TenantId tenant, String deviceId, String eventId, Long unitId, Long householdId,
                         Long memberId, String method, String credentialId, String credentialKind, Instant occurredAt,
                         Instant receivedAt) {
}
