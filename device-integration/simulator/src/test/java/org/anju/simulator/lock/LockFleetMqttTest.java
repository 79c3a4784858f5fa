package org.anju.simulator.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.anju.simulator.Simulator;
import org.anju.simulator.model.Profile;
import org.anju.simulator.model.UnitSpec;
import org.anju.simulator.support.MqttRecorder;
import org.anju.simulator.support.MqttRecorder.Received;
import org.anju.simulator.support.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulated locks against the real broker on the machine (Mosquitto, anonymous access allowed there; the locks
 * still log in with deviceId and secret as the protocol says). Each run uses its own organization code, so its topics
 * are its own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LockFleetMqttTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static String org;
    private static Simulator sim;
    private static LockFleet fleet;
    private static MqttRecorder platform;
    private static UnitSpec resident;
    private static UnitSpec silent;

    @BeforeAll
    static void start() throws Exception {
        org = Ports.uniqueOrg();
        platform = new MqttRecorder(Ports.mqttUrl(), Topics.allEvents(org), Topics.allAcks(org));
        // Monday 17:00 in Shanghai, an hour a second: the evening homecomings of the plan happen within seconds
        sim = Simulator.builder().org(org).project("TP").units(6).silent("202").mqtt(Ports.mqttUrl()).withoutMeters()
                .start(Instant.parse("2025-03-03T17:00:00+08:00")).speed(3600).heartbeat(Duration.ofMinutes(20))
                .seed(42).quiet().start();
        fleet = sim.locks();
        resident = sim.units().get(0);
        silent = sim.units().get(5);
        assertThat(resident.profile()).isEqualTo(Profile.RESIDENT);
        assertThat(silent.silent()).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (sim != null) {
            sim.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theSubscriberSeesDoorOpenedEventsInTheDocumentedForm() throws Exception {
        Received r = platform.await(m -> m.topic().endsWith("/event") && m.payload().contains("\"DOOR_OPENED\""),
                WAIT);
        assertThat(r).as("a scheduled DOOR_OPENED within %s", WAIT).isNotNull();
        assertThat(r.topic()).matches("anju/" + org + "/lock/LK-TP-1-\\d+/event");
        assertThat(r.qos()).isEqualTo(1);
        assertThat(r.retained()).isFalse();
        JsonObject o = json(r.payload());
        assertThat(o.keySet()).containsExactly("eventId", "type", "at", "method", "credentialId", "battery");
        assertThat(UUID.fromString(o.getString("eventId"))).isNotNull();
        assertThat(Instant.parse(o.getString("at"))).isAfterOrEqualTo(sim.clock().start());
        assertThat(o.getString("method")).isIn("FACE", "FINGERPRINT", "PIN", "CARD", "APP", "KEY");
        assertThat(o.getString("credentialId")).isNotBlank();
        assertThat(o.getInt("battery")).isBetween(0, 100);

        Received hb = platform.await(m -> m.payload().contains("\"HEARTBEAT\""), WAIT);
        assertThat(hb).isNotNull();
        assertThat(json(hb.payload()).keySet()).containsExactly("eventId", "type", "at", "battery");
    }

    @Test
    void aGrantIsAcknowledgedAndTheCredentialIsUsedUntilRevoked() throws Exception {
        String credential = "cred-" + UUID.randomUUID();
        String grantId = UUID.randomUUID().toString();
        Instant now = sim.clock().now();
        platform.publish(fleet.commandTopic(resident.deviceId()), LockCommand.grant(grantId, credential,
                CredentialType.FACE, now.minusSeconds(60), now.plus(Duration.ofDays(365))).toJson());

        Received ack = awaitAck(resident, grantId);
        assertThat(ack).isNotNull();
        JsonObject a = json(ack.payload());
        assertThat(a.getString("result")).isEqualTo("OK");
        assertThat(a.keySet()).containsExactly("commandId", "result", "at");
        assertThat(fleet.credentials(resident.deviceId())).containsKey(credential);

        LockEvent opened = fleet.openDoor(resident.deviceId());
        assertThat(opened.credentialId()).isEqualTo(credential);
        Received seen = platform.await(m -> m.payload().contains(opened.eventId()), WAIT);
        assertThat(json(seen.payload()).getString("credentialId")).isEqualTo(credential);
        assertThat(json(seen.payload()).getString("method")).isEqualTo("FACE");

        // the same command again (a platform retry): the same answer, not a second grant
        platform.publish(fleet.commandTopic(resident.deviceId()), LockCommand.grant(grantId, credential,
                CredentialType.FACE, null, null).toJson());
        assertThat(platform.await(m -> m.topic().equals(fleet.ackTopic(resident.deviceId()))
                && m.payload().contains(grantId) && m != ack, WAIT)).isNotNull();

        String revokeId = UUID.randomUUID().toString();
        platform.publish(fleet.commandTopic(resident.deviceId()), LockCommand.revoke(revokeId, credential).toJson());
        assertThat(json(awaitAck(resident, revokeId).payload()).getString("result")).isEqualTo("OK");
        assertThat(fleet.credentials(resident.deviceId())).doesNotContainKey(credential);
        for (int i = 0; i < 5; i++) {
            assertThat(fleet.openDoor(resident.deviceId()).credentialId()).isNotEqualTo(credential);
        }
    }

    @Test
    void aRemoteOpenOpensWithTheAppAndABadCommandFailsWithAReason() throws Exception {
        String openId = UUID.randomUUID().toString();
        platform.publish(fleet.commandTopic(resident.deviceId()), LockCommand.open(openId, "staff-7").toJson());
        assertThat(json(awaitAck(resident, openId).payload()).getString("result")).isEqualTo("OK");
        assertThat(platform.await(m -> m.payload().contains("\"APP\"") && m.payload().contains("staff-7"), WAIT))
                .isNotNull();

        String badId = UUID.randomUUID().toString();
        platform.publish(fleet.commandTopic(resident.deviceId()), "{\"commandId\":\"" + badId
                + "\",\"type\":\"SELF_DESTRUCT\"}");
        JsonObject failed = json(awaitAck(resident, badId).payload());
        assertThat(failed.getString("result")).isEqualTo("FAILED");
        assertThat(failed.getString("reason")).contains("unknown command type");

        platform.publish(fleet.commandTopic(resident.deviceId()), "not json at all");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fleet.receivedCommands(resident.deviceId()).stream().noneMatch(c -> "not json at all"
                .equals(c.payload())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ReceivedCommand unanswerable = fleet.receivedCommands(resident.deviceId()).stream()
                .filter(c -> "not json at all".equals(c.payload())).findFirst().orElseThrow();
        assertThat(unanswerable.ack()).isNull();
        assertThat(unanswerable.error()).contains("not a JSON object");
    }

    @Test
    void theSilentLockNeverAcknowledges() throws Exception {
        String commandId = UUID.randomUUID().toString();
        platform.publish(fleet.commandTopic(silent.deviceId()), LockCommand.grant(commandId, "cred-silent",
                CredentialType.PIN, null, null).toJson());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fleet.receivedCommands(silent.deviceId()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(fleet.receivedCommands(silent.deviceId())).singleElement()
                .satisfies(c -> assertThat(c.command().commandId()).isEqualTo(commandId))
                .satisfies(c -> assertThat(c.ack()).isNull());
        Thread.sleep(2000);
        assertThat(platform.on(fleet.ackTopic(silent.deviceId()))).isEmpty();
        assertThat(fleet.credentials(silent.deviceId())).doesNotContainKey("cred-silent");
    }

    @Test
    void eventIdsAreUniqueAndAResendKeepsItsEventId() throws Exception {
        Thread.sleep(2000); // some hours of simulated life: homecomings, heartbeats
        List<Received> events = platform.received().stream().filter(m -> m.topic().endsWith("/event"))
                .filter(m -> m.payload().startsWith("{\"eventId\"")).toList();
        assertThat(events.size()).isGreaterThan(10);
        Set<String> ids = new HashSet<>();
        for (Received e : events) {
            assertThat(ids.add(json(e.payload()).getString("eventId"))).as("unique eventId in %s", e.payload())
                    .isTrue();
        }

        UnitSpec other = sim.units().get(3);
        LockEvent tamper = fleet.publishEvent(other.deviceId(), EventType.TAMPER);
        LockEvent again = fleet.resendLast(other.deviceId());
        assertThat(again).isEqualTo(tamper);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (platform.received().stream().filter(m -> m.payload().contains(tamper.eventId())).count() < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<Received> copies = platform.received().stream().filter(m -> m.payload().contains(tamper.eventId()))
                .toList();
        assertThat(copies).hasSize(2);
        assertThat(copies.get(0).payload()).isEqualTo(copies.get(1).payload());
    }

    @Test
    void malformedAndOversizedPayloadsReachTheBrokerForDeadLetterTests() throws Exception {
        UnitSpec u = sim.units().get(2);
        String malformed = fleet.publishMalformed(u.deviceId());
        int size = fleet.publishOversized(u.deviceId(), 64 * 1024);
        assertThat(size).isGreaterThanOrEqualTo(64 * 1024);
        Received m = platform.await(r -> r.payload().equals(malformed), WAIT);
        assertThat(m).isNotNull();
        assertThat(m.topic()).isEqualTo(fleet.eventTopic(u.deviceId()));
        assertThatThrownBy(() -> json(m.payload())).isInstanceOf(JsonException.class);
        Received big = platform.await(r -> r.payload().length() >= 64 * 1024, WAIT);
        assertThat(big).isNotNull();
        assertThat(json(big.payload()).getString("type")).isEqualTo("HEARTBEAT");
    }

    @Test
    void aDroppedConnectionLetsTheBrokerPublishOfflineAndTheLockComesBack() throws Exception {
        UnitSpec u = sim.units().get(1);
        Instant dropped = Instant.now();
        fleet.dropConnection(u.deviceId(), Duration.ofHours(2)); // two seconds at this speed
        Received offline = platform.await(m -> m.topic().equals(fleet.eventTopic(u.deviceId()))
                && m.payload().contains("\"OFFLINE\""), WAIT);
        assertThat(offline).as("the will, published by the broker").isNotNull();
        assertThat(json(offline.payload()).keySet()).containsExactly("eventId", "type", "at", "battery");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!fleet.isConnected(u.deviceId()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(fleet.isConnected(u.deviceId())).isTrue();
        assertThat(Duration.between(dropped, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        LockEvent e = fleet.publishEvent(u.deviceId(), EventType.HEARTBEAT);
        assertThat(platform.await(m -> m.payload().contains(e.eventId()), WAIT)).isNotNull();
    }

    private static Received awaitAck(UnitSpec unit, String commandId) throws InterruptedException {
        Received r = platform.await(m -> m.topic().equals(Topics.ack(org, unit.deviceId()))
                && m.payload().contains(commandId), WAIT);
        assertThat(r).as("ack of %s", commandId).isNotNull();
        return r;
    }

    private static JsonObject json(String payload) {
        try (JsonReader r = Json.createReader(new StringReader(payload))) {
            return r.readObject();
        }
    }
}
