package org.anju.devices.infrastructure;

import java.time.Instant;

/** A device message as it arrived, before anything is believed: topic, raw payload, when, and through what. */
public record Incoming(String topic, byte[] payload, Instant receivedAt, String source) {
}
