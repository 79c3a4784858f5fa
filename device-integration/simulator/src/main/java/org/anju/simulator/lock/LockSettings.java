package org.anju.simulator.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How the fleet behaves, beyond the units themselves.
 *
 * @param org                organization code: the second topic segment
 * @param brokerUrl          e.g. {@code tcp://127.0.0.1:1883}
 * @param heartbeat          simulated time between HEARTBEATs
 * @param elderlyStopsAt     simulated instant after which the ELDERLY resident no longer opens the door (null: never)
 * @param tamperRatePerDay   chance per lock and simulated day of a TAMPER (four times that in a sublet unit)
 * @param outageRatePerDay   chance per lock and simulated day of a network outage (OFFLINE by will, then back)
 * @param commandFailureRate chance that a valid command still fails (motor jammed), to exercise the platform's retries
 * @param cleanSession       MQTT clean session; real locks should keep a persistent session (see the protocol)
 * @param keepAliveSeconds   MQTT keep-alive
 */
public record LockSettings(String org, String brokerUrl, Duration heartbeat, Instant elderlyStopsAt,
                           double tamperRatePerDay, double outageRatePerDay, double commandFailureRate,
                           boolean cleanSession, int keepAliveSeconds) {

    public LockSettings {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (!org.matches("[A-Za-z0-9_\\-]{1,64}")) {
            throw new IllegalArgumentException("org must be 1..64 of [A-Za-z0-9_-], was '" + org + "'");
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive");
        }
        requireRate("tamperRatePerDay", tamperRatePerDay);
        requireRate("outageRatePerDay", outageRatePerDay);
        requireRate("commandFailureRate", commandFailureRate);
    }

    private static void requireRate(String name, double v) {
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException(name + " must be 0..1");
        }
    }
}
