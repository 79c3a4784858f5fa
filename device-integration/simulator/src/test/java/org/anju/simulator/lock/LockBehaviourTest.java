package org.anju.simulator.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.anju.simulator.Simulator;
import org.anju.simulator.model.Profile;
import org.anju.simulator.model.UnitSpec;
import org.anju.simulator.support.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two and a half simulated days of six locks whose broker is unreachable: what they produce (and keep for upload)
 * shows every profile at once, in seconds, without any broker.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LockBehaviourTest {

    @Test
    void theProfilesShowInTheEvents() throws InterruptedException {
        Instant monday = Instant.parse("2025-03-03T00:00:00+08:00");
        try (Simulator sim = Simulator.builder().org(Ports.uniqueOrg()).project("TP").units(6).withoutMeters()
                .mqtt("tcp://127.0.0.1:1").awaitBroker(Duration.ZERO).start(monday).speed(86_400)
                .elderlyStopsAfter(Duration.ofDays(1)).quiet().start()) {
            LockFleet fleet = sim.locks();
            List<UnitSpec> u = sim.units();
            while (sim.clock().now().isBefore(monday.plus(Duration.ofHours(60)))) {
                Thread.sleep(100);
            }

            assertThat(doorOpenings(fleet, u.get(0))).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.method()).isIn(OpenMethod.FACE, OpenMethod.FINGERPRINT,
                            OpenMethod.PIN, OpenMethod.KEY));

            assertThat(u.get(1).profile()).isEqualTo(Profile.VACANT);
            assertThat(doorOpenings(fleet, u.get(1))).isEmpty();

            assertThat(u.get(2).profile()).isEqualTo(Profile.SUBLET);
            Set<String> subletCredentials = new HashSet<>();
            doorOpenings(fleet, u.get(2)).forEach(e -> subletCredentials.add(e.credentialId()));
            assertThat(subletCredentials.size()).isGreaterThanOrEqualTo(8);

            assertThat(u.get(3).profile()).isEqualTo(Profile.ELDERLY);
            List<LockEvent> elderly = doorOpenings(fleet, u.get(3));
            assertThat(elderly).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.at()).isBefore(monday.plus(Duration.ofDays(1))));

            assertThat(fleet.publishedEvents(u.get(5).deviceId())).extracting(LockEvent::type)
                    .contains(EventType.LOW_BATTERY);

            // offline: no heartbeats are produced, and every event has its own id
            Set<String> ids = new HashSet<>();
            for (UnitSpec unit : u) {
                for (LockEvent e : fleet.publishedEvents(unit.deviceId())) {
                    assertThat(e.type()).isNotEqualTo(EventType.HEARTBEAT);
                    assertThat(ids.add(e.eventId())).isTrue();
                }
                assertThat(fleet.isConnected(unit.deviceId())).isFalse();
            }
        }
    }

    /** A rebooted lock still has the platform's keys: restored credentials are in the table and used to open. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void restoredCredentialsAreKeptAndUsed() throws InterruptedException {
        Instant monday = Instant.parse("2025-03-03T00:00:00+08:00");
        try (Simulator sim = Simulator.builder().org(Ports.uniqueOrg()).project("TP").units(1).withoutMeters()
                .mqtt("tcp://127.0.0.1:1").awaitBroker(Duration.ZERO).start(monday).speed(86_400).quiet().start()) {
            LockFleet fleet = sim.locks();
            UnitSpec unit = sim.units().get(0);
            fleet.restoreCredentials(unit.deviceId(), List.of(new Credential("cred-restored", CredentialType.FACE,
                    monday.minus(Duration.ofDays(30)), monday.plus(Duration.ofDays(365)), Credential.Source.LOCAL)));
            assertThat(fleet.credentials(unit.deviceId()).get("cred-restored").source())
                    .as("kept as the platform's, whatever the caller said").isEqualTo(Credential.Source.PLATFORM);
            while (sim.clock().now().isBefore(monday.plus(Duration.ofHours(48)))) {
                Thread.sleep(100);
            }
            assertThat(doorOpenings(fleet, unit)).extracting(LockEvent::credentialId).contains("cred-restored");
            assertThat(fleet.receivedCommands(unit.deviceId())).as("no command was involved").isEmpty();
        }
    }

    private static List<LockEvent> doorOpenings(LockFleet fleet, UnitSpec unit) {
        return fleet.publishedEvents(unit.deviceId()).stream().filter(e -> e.type() == EventType.DOOR_OPENED)
                .toList();
    }
}
