package org.anju.simulator.lock;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event as published on {@code anju/<org>/lock/<deviceId>/event}. A resend of the same event is the same record
 * (same {@code eventId}): that is how the platform recognises duplicates.
 *
 * @param method       DOOR_OPENED only
 * @param credentialId DOOR_OPENED only
 * @param battery      0..100
 */
public record LockEvent(String eventId, EventType type, Instant at, OpenMethod method, String credentialId,
                        int battery) {

    public LockEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (type == EventType.DOOR_OPENED && (method == null || credentialId == null)) {
            throw new IllegalArgumentException("DOOR_OPENED needs a method and a credentialId");
        }
        if (type != EventType.DOOR_OPENED && (method != null || credentialId != null)) {
            throw new IllegalArgumentException("only DOOR_OPENED carries method and credentialId");
        }
        if (battery < 0 || battery > 100) {
            throw new IllegalArgumentException("battery must be 0..100");
        }
    }

    public static LockEvent doorOpened(Instant at, OpenMethod method, String credentialId, int battery) {
        return new LockEvent(UUID.randomUUID().toString(), EventType.DOOR_OPENED, at, method, credentialId, battery);
    }

    public static LockEvent of(EventType type, Instant at, int battery) {
        return new LockEvent(UUID.randomUUID().toString(), type, at, null, null, battery);
    }

    public String toJson() {
        return LockJson.event(this);
    }
}
