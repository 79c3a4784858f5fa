package org.anju.it.devices;

import static org.anju.it.leasing.Leasing.act;
import static org.anju.it.leasing.Leasing.applicant;
import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Smart locks over the embedded broker's MQTT acceptor (R6.1a, R6.2a2, R6.3d, R8.1c): a lock registered, approved and
 * given its secret connects with it; the lease's activation sends it a GRANT with the lease's validity, its OK makes
 * the credential ACTIVE; its door openings become access records once each, attributed to the household; a malformed
 * payload is dead-lettered with its reason; a lock that never answers times out visibly; termination revokes; another
 * operator sees none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class LockKeysIT {

    public static final String MQTT = "tcp://127.0.0.1:" + System.getProperty("anju.it.mqttPort", "11883");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Leasing.Operator a;
    static Leasing.Operator b;
    static JsonObject household;
    static long unit;
    static long lease;
    static long lockId;
    static String deviceId;
    static Lock lock;

    /** A lock played by the test: connects with its own secret, collects commands, answers OK when told to. */
    public static final class Lock implements AutoCloseable {
        final MqttClient client;
        final String org;
        final String device;
        final LinkedBlockingQueue<JsonObject> commands = new LinkedBlockingQueue<>();
        volatile boolean answer = true;

        public Lock(String org, String device, String secret) throws MqttException {
            this(MQTT, org, device, secret);
        }

        /** A lock on any broker: the embedded one checks the secret, an external one by its own rules. */
        Lock(String broker, String org, String device, String secret) throws MqttException {
            this.org = org;
            this.device = device;
            client = new MqttClient(broker, org + "-" + device, new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            o.setUserName(device);
            o.setPassword(secret.toCharArray());
            client.connect(o);
            client.subscribe("anju/" + org + "/lock/" + device + "/cmd", 1, (t, m) -> {
                JsonObject cmd = Json.createReader(new StringReader(new String(m.getPayload(), StandardCharsets.UTF_8))).readObject();
                commands.add(cmd);
                if (answer) {
                    publish("ack", Json.createObjectBuilder().add("commandId", cmd.getString("commandId")).add("result", "OK")
                            .add("at", Instant.now().toString()).build().toString());
                }
            });
        }

        public void publish(String channel, String json) throws MqttException {
            MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            client.publish("anju/" + org + "/lock/" + device + "/" + channel, m);
        }

        /** An event without a door opening (TAMPER, LOW_BATTERY, HEARTBEAT…) with a fresh id. */
        public void event(String type, int battery) throws MqttException {
            publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", type)
                    .add("at", Instant.now().toString()).add("battery", battery).build().toString());
        }

        JsonObject next(String type) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end) {
                JsonObject c = commands.poll(1, TimeUnit.SECONDS);
                if (c != null && c.getString("type").equals(type)) {
                    return c;
                }
            }
            throw new AssertionError("no " + type + " command reached lock " + device);
        }

        @Override
        public void close() throws MqttException {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        }
    }

    public static <T> T eventually(Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        T last = probe.get();
        while (!done.test(last) && System.nanoTime() < end) {
            sleep(250);
            last = probe.get();
        }
        assertThat(done.test(last)).as(what + " (last: " + last + ")").isTrue();
        return last;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Registers, approves and gives a secret to a lock on a unit; answers {id, secret}. */
    public static String[] registerLock(Api admin, long unitId, String device) {
        JsonObject d = ok(admin.post("/api/v1/devices", Json.createObjectBuilder().add("deviceId", device)
                .add("kind", "SMART_LOCK").add("serial", "SN-" + device).add("model", "A7").add("vendorCode", "acme")
                .add("certificate", "CCC 2026-0001").add("unitId", unitId).build()));
        assertThat(d.getString("registration")).isEqualTo("PENDING");
        ok(admin.post("/api/v1/devices/" + id(d) + "/decision", Json.createObjectBuilder().add("approve", true).add("note", "现场核验").build()));
        JsonObject secret = ok(admin.post("/api/v1/devices/" + id(d) + "/secret", JsonValue.EMPTY_JSON_OBJECT));
        return new String[] {String.valueOf(id(d)), secret.getString("secret")};
    }

    @BeforeAll
    static void setUp() throws Exception {
        a = Leasing.operator("lka");
        b = Leasing.operator("lkb");
        Api admin = a.admin();
        String phone = Leasing.phone();
        household = Leasing.createHousehold(admin, "门锁户", Leasing.idNumber(1980), phone);
        unit = Leasing.pendingUnit(admin, "101");
        deviceId = "LK-" + a.code() + "-101";
        String[] reg = registerLock(admin, unit, deviceId);
        lockId = Long.parseLong(reg[0]);
        lock = new Lock(a.code(), deviceId, reg[1]);
        LocalDate start = LocalDate.now(ZONE);
        lease = id(ok(admin.post("/api/v1/leases", Leasing.leaseBody(id(household), unit).add("startDate", start.toString())
                .add("endDate", start.plusYears(3).minusDays(1).toString()).build())));
        ok(act(admin, lease, "submit", null));
        ok(act(admin, lease, "approve", null));
        Api resident = Leasing.resident(a, household, "men.suo");
        Leasing.signAsResident(resident, admin, lease, phone);
        ok(admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder().add("movedInOn", start.toString())
                .add("memberIds", Json.createArrayBuilder().add(applicant(household).getJsonNumber("id"))).build()));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (lock != null) {
            lock.close();
        }
    }

    static List<JsonObject> credentials() {
        return a.admin().get("/api/v1/units/" + unit + "/lock-credentials").array().stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    @Order(1)
    void leaseActivationGrantsTheMemberAKeyForTheLeasesTermOnTheLock() throws Exception {
        JsonObject grant = lock.next("GRANT");
        LocalDate start = LocalDate.now(ZONE);
        assertThat(grant.getString("validFrom")).isEqualTo(start.atStartOfDay(ZONE).toInstant().toString());
        assertThat(grant.getString("validUntil")).isEqualTo(start.plusYears(3).atStartOfDay(ZONE).toInstant().toString());
        assertThat(grant.getString("credentialType")).isEqualTo("FACE");
        List<JsonObject> creds = eventually(LockKeysIT::credentials,
                l -> l.size() == 1 && l.get(0).getString("status").equals("ACTIVE"), "credential confirmed by the lock");
        assertThat(creds.get(0).getString("credentialId")).isEqualTo(grant.getString("credentialId"));
        assertThat(creds.get(0).getString("kind")).isEqualTo("RESIDENT");
        assertThat(creds.get(0).getString("holder")).contains("*");
        JsonObject log = ok(a.admin().get("/api/v1/key-log?unitId=" + unit));
        assertThat(log.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")).toList())
                .contains("GRANTED", "CONFIRMED");
        JsonObject device = ok(a.admin().get("/api/v1/devices/" + lockId));
        assertThat(device.getBoolean("online")).as("an answer shows the lock is alive").isTrue();
    }

    @Test
    @Order(2)
    void doorOpeningsAreStoredOnceAndAttributedToTheHousehold() throws Exception {
        String credential = credentials().get(0).getString("credentialId");
        String eventId = UUID.randomUUID().toString();
        String event = Json.createObjectBuilder().add("eventId", eventId).add("type", "DOOR_OPENED")
                .add("at", Instant.now().toString()).add("method", "FACE").add("credentialId", credential).add("battery", 87)
                .build().toString();
        lock.publish("event", event);
        lock.publish("event", event); // a QoS 1 resend
        lock.publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", "DOOR_OPENED")
                .add("at", Instant.now().toString()).add("method", "KEY").add("credentialId", "KEY").add("battery", 86).build().toString());
        JsonObject page = eventually(() -> ok(a.admin().get("/api/v1/access-records?unitId=" + unit)),
                p -> p.getInt("total") >= 2, "two door openings stored");
        sleep(1500);
        page = ok(a.admin().get("/api/v1/access-records?unitId=" + unit));
        assertThat(page.getInt("total")).as("the resend is stored once").isEqualTo(2);
        JsonObject face = page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("method").equals("FACE")).findFirst().orElseThrow();
        assertThat(face.getString("credentialKind")).isEqualTo("RESIDENT");
        assertThat(face.getJsonNumber("householdId").longValue()).isEqualTo(id(household));
        assertThat(page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("method").equals("KEY")).findFirst().orElseThrow().getString("credentialKind"))
                .isEqualTo("KEY");
        assertThat(ok(a.admin().get("/api/v1/devices/" + lockId)).getInt("battery")).isIn(86, 87);
        java.net.http.HttpResponse<byte[]> xlsx = a.admin().download("/api/v1/access-records.xlsx?unitId=" + unit);
        assertThat(xlsx.statusCode()).as("the staff's Excel export of the same records").isEqualTo(200);
        String sheet = xlsxText(xlsx.body());
        assertThat(sheet).contains("出入记录").contains(deviceId).contains("FACE").contains("KEY");
    }

    /** Every XML part of a workbook as one string: enough to see what a reader of the sheet would see. */
    static String xlsxText(byte[] workbook) throws java.io.IOException {
        // Read by the central directory, as spreadsheet programs do (the streamed entries carry their sizes after the data).
        java.nio.file.Path file = java.nio.file.Files.createTempFile("anju-it", ".xlsx");
        StringBuilder all = new StringBuilder();
        try {
            java.nio.file.Files.write(file, workbook);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        // the writer escapes every non-ASCII character as a numeric reference
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(all)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    @Test
    @Order(3)
    void aMalformedPayloadGoesToTheDeadLetterQueueWithItsReason() throws Exception {
        lock.publish("event", "{not json");
        lock.publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", "DOOR_OPENED")
                .add("at", Instant.now().toString()).add("method", "FACE").add("credentialId", "x").add("battery", 130).build().toString());
        JsonObject dead = eventually(() -> ok(a.admin().get("/api/v1/device-dead-letters")),
                p -> p.getInt("total") >= 2 && p.getJsonArray("items").size() >= 2, "dead letters");
        assertThat(dead.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("reason")).toList())
                .contains("malformed-json", "bad-field:battery");
        assertThat(ok(b.admin().get("/api/v1/device-dead-letters")).getInt("total")).as("B sees none of A's").isZero();
    }

    @Test
    @Order(4)
    void aLockCannotPublishForAnotherOrganizationOrDevice() throws Exception {
        Api bAdmin = b.admin();
        long bUnit = Leasing.pendingUnit(bAdmin, "101");
        String bDevice = "LK-" + b.code() + "-101";
        String[] reg = registerLock(bAdmin, bUnit, bDevice);
        MqttClient rogue = new MqttClient(MQTT, "rogue-" + bDevice, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(bDevice);
        o.setPassword(reg[1].toCharArray());
        rogue.connect(o);
        try {
            MqttMessage m = new MqttMessage(Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString())
                    .add("type", "DOOR_OPENED").add("at", Instant.now().toString()).add("method", "CARD")
                    .add("credentialId", "L-CARD-1").add("battery", 50).build().toString().getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            rogue.publish("anju/" + a.code() + "/lock/" + deviceId + "/event", m);
        } catch (MqttException refused) {
            // The broker may refuse by dropping the connection: either way nothing may be stored.
        } finally {
            if (rogue.isConnected()) {
                rogue.disconnect();
            }
            rogue.close();
        }
        MqttClient wrongSecret = new MqttClient(MQTT, "wrong-" + deviceId, new MemoryPersistence());
        MqttConnectOptions w = new MqttConnectOptions();
        w.setUserName(deviceId);
        w.setPassword("not-the-secret".toCharArray());
        try {
            wrongSecret.connect(w);
            throw new AssertionError("a wrong secret connected");
        } catch (MqttException expected) {
            assertThat(wrongSecret.isConnected()).isFalse(); // refused, or the connection closed
        } finally {
            wrongSecret.close();
        }
        // A sentinel from the real lock: once it is stored, the rogue message would have been too.
        lock.publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", "DOOR_OPENED")
                .add("at", Instant.now().toString()).add("method", "PIN").add("credentialId", "T-PIN-a1").add("battery", 85).build().toString());
        JsonObject page = eventually(() -> ok(a.admin().get("/api/v1/access-records?unitId=" + unit + "&method=PIN")),
                p -> p.getInt("total") == 1 && p.getJsonArray("items").size() == 1, "sentinel stored");
        sleep(1000);
        assertThat(ok(a.admin().get("/api/v1/access-records?unitId=" + unit + "&method=CARD")).getInt("total")).isZero();
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("credentialKind")).isEqualTo("TEMPORARY");
        Api.Reply seenByB = bAdmin.get("/api/v1/devices/" + lockId); // the same id may be B's own lock
        assertThat(seenByB.status() == 404 || !seenByB.json().getString("deviceId").equals(deviceId))
                .as("B cannot see A's lock").isTrue();
        assertThat(ok(bAdmin.get("/api/v1/devices?q=" + deviceId)).getInt("total")).isZero();
        assertThat(ok(bAdmin.get("/api/v1/access-records")).getInt("total")).isZero();
    }

    @Test
    @Order(5)
    void aCommandALockNeverAnswersTimesOutVisibly() throws Exception {
        ok(a.admin().put("/api/v1/device-settings", Json.createObjectBuilder().add("remoteOpen", "STAFF")
                .add("arrearsPolicy", "NONE").add("memberCredentialType", "FACE").add("visitorCodeMaxHours", 72)
                .add("ackTimeoutSeconds", 2).add("maxAttempts", 2).add("heartbeatMinutes", 5).build()));
        lock.answer = false;
        Api.Reply granted = a.admin().post("/api/v1/units/" + unit + "/lock-credentials",
                Json.createObjectBuilder().add("holder", "维修 王师傅").add("credentialType", "CARD")
                        .add("validUntil", Instant.now().plus(Duration.ofDays(1)).toString()).build());
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.array()).hasSize(1);
        JsonObject first = lock.next("GRANT");
        JsonObject second = lock.next("GRANT");
        assertThat(second.getString("commandId")).as("resent with the same id").isEqualTo(first.getString("commandId"));
        JsonObject commands = eventually(() -> ok(a.admin().get("/api/v1/lock-commands?deviceId=" + deviceId + "&status=TIMED_OUT")),
                p -> p.getInt("total") == 1, "command timed out");
        assertThat(commands.getJsonArray("items").getJsonObject(0).getInt("attempts")).isEqualTo(2);
        assertThat(ok(a.admin().get("/api/v1/devices/" + lockId)).getInt("commandsTimedOut")).isEqualTo(1);
        assertThat(ok(a.admin().get("/api/v1/devices/" + lockId + "/events")).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("type")).toList()).contains("TIMED_OUT");
        lock.answer = true;
    }

    @Test
    @Order(6)
    void terminationRevokesTheKey() throws Exception {
        lock.commands.clear();
        ok(a.admin().post("/api/v1/leases/" + lease + "/terminate", Json.createObjectBuilder()
                .add("reason", "主动退租").add("moveOutOn", LocalDate.now(ZONE).toString()).add("unitStatus", "VACANT")
                .add("checklist", Json.createObjectBuilder().add("keysReturned", true).add("devicesIntact", true)
                        .add("metersRead", true).add("feesSettled", true)).build()));
        JsonObject revoke = lock.next("REVOKE");
        String resident = credentials().stream().filter(c -> c.getString("kind").equals("RESIDENT")).findFirst().orElseThrow()
                .getString("credentialId");
        assertThat(revoke.getString("credentialId")).isEqualTo(resident);
        eventually(() -> credentials().stream().filter(c -> c.getString("credentialId").equals(resident)).findFirst().orElseThrow(),
                c -> c.getString("status").equals("REVOKED"), "credential revoked on the lock's OK");
    }
}
