package org.anju.it.devices;

import static org.anju.it.devices.LockKeysIT.eventually;
import static org.anju.it.devices.LockKeysIT.registerLock;
import static org.anju.it.devices.LockKeysIT.sleep;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same locks through an external broker: the Mosquitto on 127.0.0.1:1883, which the IT server subscribes to by
 * {@code ANJU_DEVICES_MQTT_EXTERNAL_URLS} next to its embedded broker (R6.1a, R6.2a2). Mosquitto here lets anyone in
 * (a production broker must check each lock's login and topics, ADR 0017), so what the platform itself checks is what
 * this proves: keys follow the lease, door openings are stored once, a device cannot speak for another organization,
 * malformed payloads are dead-lettered, and a lock heard on Mosquitto gets its commands there and not on the embedded
 * broker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MosquittoLockIT {

    static final String MOSQUITTO = System.getProperty("anju.it.externalMqtt", "tcp://127.0.0.1:1883");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Leasing.Operator a;
    static Leasing.Operator b;
    static Leasing.Active living;
    static String deviceId;
    static String secret;
    static long lockId;
    static LockKeysIT.Lock lock;

    @BeforeAll
    static void setUp() throws Exception {
        a = Leasing.operator("mqa");
        b = Leasing.operator("mqb");
        Api admin = a.admin();
        long unit = Leasing.pendingUnit(admin, "201");
        deviceId = "LK-" + a.code() + "-201";
        String[] reg = registerLock(admin, unit, deviceId);
        lockId = Long.parseLong(reg[0]);
        secret = reg[1];
        // The lock listens on Mosquitto before the lease exists, as a lock installed in an empty flat would.
        lock = new LockKeysIT.Lock(MOSQUITTO, a.code(), deviceId, secret);
        assertThat(ok(admin.get("/api/v1/device-connections")).getJsonArray("brokers").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("url").equals(MOSQUITTO)).findFirst()
                .map(c -> c.getBoolean("connected")).orElse(false))
                .as("the IT server is subscribed to Mosquitto (ANJU_DEVICES_MQTT_EXTERNAL_URLS)").isTrue();
        LocalDate start = LocalDate.now(ZONE);
        living = activeOn(unit, start);
    }

    /** A household moving into the given unit (Leasing.active makes its own unit; this lock is on ours). */
    static Leasing.Active activeOn(long unit, LocalDate start) {
        Api admin = a.admin();
        String phone = Leasing.phone();
        JsonObject household = Leasing.createHousehold(admin, "外部代理户", Leasing.idNumber(1986), phone);
        long lease = Leasing.id(ok(admin.post("/api/v1/leases", Leasing.leaseBody(Leasing.id(household), unit)
                .add("startDate", start.toString()).add("endDate", start.plusYears(2).minusDays(1).toString()).build())));
        ok(Leasing.act(admin, lease, "submit", null));
        ok(Leasing.act(admin, lease, "approve", null));
        Api resident = Leasing.resident(a, household, "mq.resident");
        Leasing.signAsResident(resident, admin, lease, phone);
        ok(admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder().add("movedInOn", start.toString())
                .add("memberIds", Json.createArrayBuilder().add(Leasing.applicant(household).getJsonNumber("id"))).build()));
        return new Leasing.Active(household, lease, unit, resident, phone);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (lock != null) {
            lock.close();
        }
    }

    static List<JsonObject> credentials() {
        return a.admin().get("/api/v1/units/" + living.unit() + "/lock-credentials").array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @Test
    @Order(1)
    void theLeasesGrantReachesTheLockOnMosquittoAndItsAnswerConfirmsIt() throws Exception {
        JsonObject grant = lock.next("GRANT");
        LocalDate start = LocalDate.now(ZONE);
        assertThat(grant.getString("validFrom")).isEqualTo(start.atStartOfDay(ZONE).toInstant().toString());
        assertThat(grant.getString("validUntil")).isEqualTo(start.plusYears(2).atStartOfDay(ZONE).toInstant().toString());
        List<JsonObject> creds = eventually(MosquittoLockIT::credentials,
                l -> l.size() == 1 && l.get(0).getString("status").equals("ACTIVE"), "the OK sent over Mosquitto confirms it");
        assertThat(creds.get(0).getString("credentialId")).isEqualTo(grant.getString("credentialId"));
    }

    @Test
    @Order(2)
    void doorOpeningsThroughMosquittoAreStoredOnce() throws Exception {
        String credential = credentials().get(0).getString("credentialId");
        String event = Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", "DOOR_OPENED")
                .add("at", Instant.now().toString()).add("method", "FINGERPRINT").add("credentialId", credential)
                .add("battery", 77).build().toString();
        lock.publish("event", event);
        lock.publish("event", event);
        JsonObject page = eventually(() -> ok(a.admin().get("/api/v1/access-records?unitId=" + living.unit())),
                p -> p.getInt("total") >= 1, "the door opening stored");
        sleep(1500);
        page = ok(a.admin().get("/api/v1/access-records?unitId=" + living.unit()));
        assertThat(page.getInt("total")).as("a resend is stored once").isEqualTo(1);
        JsonObject r = page.getJsonArray("items").getJsonObject(0);
        assertThat(r.getString("method")).isEqualTo("FINGERPRINT");
        assertThat(r.getString("credentialKind")).isEqualTo("RESIDENT");
        assertThat(r.getJsonNumber("householdId").longValue()).isEqualTo(Leasing.id(living.household()));
    }

    @Test
    @Order(3)
    void aLockHeardOnMosquittoGetsItsCommandsThereOnly() throws Exception {
        // The same lock's login on the embedded broker: a command published there would reach this client too.
        MqttClient embedded = new MqttClient(LockKeysIT.MQTT, "embedded-" + deviceId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(deviceId);
        o.setPassword(secret.toCharArray());
        embedded.connect(o);
        java.util.concurrent.LinkedBlockingQueue<String> seenOnEmbedded = new java.util.concurrent.LinkedBlockingQueue<>();
        embedded.subscribe("anju/" + a.code() + "/lock/" + deviceId + "/cmd", 1,
                (t, m) -> seenOnEmbedded.add(new String(m.getPayload(), java.nio.charset.StandardCharsets.UTF_8)));
        try {
            Api.Reply granted = a.admin().post("/api/v1/units/" + living.unit() + "/lock-credentials",
                    Json.createObjectBuilder().add("holder", "保洁 李阿姨").add("credentialType", "CARD")
                            .add("validUntil", Instant.now().plus(Duration.ofDays(1)).toString()).build());
            assertThat(granted.status()).as(granted.body()).isEqualTo(200);
            JsonObject grant = lock.next("GRANT");
            assertThat(grant.getString("credentialType")).isEqualTo("CARD");
            assertThat(seenOnEmbedded.poll(2, TimeUnit.SECONDS)).as("nothing published on the other broker").isNull();
        } finally {
            embedded.disconnect();
            embedded.close();
        }
    }

    @Test
    @Order(4)
    void aForeignOrganizationsTopicAndAMalformedPayloadAreDeadLettered() throws Exception {
        // Anyone on Mosquitto may publish anything: the platform still refuses A's lock speaking under B.
        MqttClient stranger = new MqttClient(MOSQUITTO, "stranger-" + UUID.randomUUID(), new MemoryPersistence());
        stranger.connect();
        try {
            MqttMessage m = new MqttMessage(Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString())
                    .add("type", "DOOR_OPENED").add("at", Instant.now().toString()).add("method", "CARD")
                    .add("credentialId", "L-CARD-9").add("battery", 50).build().toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            m.setQos(1);
            stranger.publish("anju/" + b.code() + "/lock/" + deviceId + "/event", m);
            MqttMessage bad = new MqttMessage("{\"eventId\": 42".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            bad.setQos(1);
            stranger.publish("anju/" + a.code() + "/lock/" + deviceId + "/event", bad);
        } finally {
            stranger.disconnect();
            stranger.close();
        }
        JsonObject bDead = eventually(() -> ok(b.admin().get("/api/v1/device-dead-letters")), p -> p.getInt("total") >= 1,
                "B's dead letter");
        assertThat(bDead.getJsonArray("items").getJsonObject(0).getString("reason")).isEqualTo("wrong-organization");
        JsonObject aDead = eventually(() -> ok(a.admin().get("/api/v1/device-dead-letters")), p -> p.getInt("total") >= 1,
                "A's dead letter");
        assertThat(aDead.getJsonArray("items").getJsonObject(0).getString("reason")).isEqualTo("malformed-json");
        assertThat(ok(a.admin().get("/api/v1/access-records?unitId=" + living.unit() + "&method=CARD")).getInt("total"))
                .as("the foreign message opened nothing of A's").isZero();
        assertThat(ok(b.admin().get("/api/v1/access-records")).getInt("total")).isZero();
    }
}
