package org.anju.it.devices;

import static org.anju.it.devices.VendorFixtures.deviceId;
import static org.anju.it.devices.VendorFixtures.lock;
import static org.anju.it.devices.VendorFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A vendor's gateway speaks for its locks over the signed API (docs/api/vendor-api.md section 4): it pushes door
 * events — stored once however often they are pushed — and acknowledgements, and fetches the commands the platform has
 * for its locks; the operator's staff see the results in their own pages.
 */
class VendorLockIT {

    static Api admin;
    static String org;
    static long unit;
    static VendorClient vendor;
    static VendorClient rival;
    static String lockId;
    static String pendingLockId;
    static String meterId;
    static String vendorCode;

    @BeforeAll
    static void setUp() {
        Api platform = Api.platformAdmin();
        org = Api.uniqueCode("vlock");
        Organizations.provisionOperator(org);
        admin = Api.as(org, "admin", Organizations.ADMIN_PASSWORD);
        unit = VendorApiIT.unit(admin);
        String code = VendorFixtures.code("gate");
        vendorCode = code;
        String rivalCode = VendorFixtures.code("other");
        vendor = VendorFixtures.vendorWithKey(platform, code);
        rival = VendorFixtures.vendorWithKey(platform, rivalCode);
        VendorFixtures.authorize(admin, code);
        VendorFixtures.authorize(admin, rivalCode);

        lockId = deviceId("LK");
        pendingLockId = deviceId("LK");
        for (String d : List.of(lockId, pendingLockId)) {
            Api.Reply r = reply(vendor.call("POST", devices(), lock(d, unit).toString()));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        meterId = deviceId("WM");
        Api.Reply meter = reply(vendor.call("POST", devices(), Json.createObjectBuilder().add("deviceId", meterId)
                .add("kind", "WATER_METER").add("serial", "SN-" + meterId).add("unitId", unit).build().toString()));
        assertThat(meter.status()).as(meter.toString()).isEqualTo(201);
        approve(lockId);
        approve(meterId);
    }

    static void approve(String deviceId) {
        JsonObject registered = VendorApiIT.inRegistry(admin, deviceId);
        Api.Reply approved = admin.post("/api/v1/devices/" + registered.getJsonNumber("id").longValue() + "/decision",
                Json.createObjectBuilder().add("approve", true).add("note", "现场核验").build());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("registration")).isEqualTo("APPROVED");
    }

    static String devices() {
        return "/api/v1/vendor/organizations/" + org + "/devices";
    }

    static JsonObject doorOpened(String eventId) {
        return Json.createObjectBuilder().add("eventId", eventId).add("type", "DOOR_OPENED")
                .add("at", Instant.now().minusSeconds(5).toString()).add("method", "FACE")
                .add("credentialId", "L-FACE-1").add("battery", 87).build();
    }

    static List<JsonObject> accessRecords() {
        Api.Reply r = admin.get("/api/v1/access-records?unitId=" + unit + "&page=1&size=200");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> lockId.equals(a.getString("deviceId"))).toList();
    }

    @Test
    void aDoorEventPushedTwiceIsStoredOnce() {
        String eventId = UUID.randomUUID().toString();
        String body = doorOpened(eventId).toString();
        Api.Reply first = reply(vendor.call("POST", devices() + "/" + lockId + "/events", body));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getString("status")).isEqualTo("STORED");
        // A retry is a new request (new nonce and signature) carrying the same event.
        Api.Reply again = reply(vendor.call("POST", devices() + "/" + lockId + "/events", body));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("status")).isEqualTo("DUPLICATE");

        List<JsonObject> records = accessRecords().stream()
                .filter(a -> "L-FACE-1".equals(a.getString("credentialId"))).toList();
        assertThat(records).as("one access record for one door opening").hasSize(1);
        assertThat(records.get(0).getString("method")).isEqualTo("FACE");
        assertThat(records.get(0).getJsonNumber("unitId").longValue()).isEqualTo(unit);
    }

    @Test
    void messagesTheIngestRefusesAreAnsweredNamingTheProblem() {
        JsonObject noId = Json.createObjectBuilder().add("type", "DOOR_OPENED").add("at", Instant.now().toString())
                .add("method", "FACE").add("credentialId", "L-FACE-1").add("battery", 80).build();
        Api.Reply missing = reply(vendor.call("POST", devices() + "/" + lockId + "/events", noId.toString()));
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.fieldError("eventId")).isNotNull();

        Api.Reply garbage = reply(vendor.call("POST", devices() + "/" + lockId + "/events", "not json"));
        assertThat(garbage.status()).as(garbage.toString()).isEqualTo(400);
        assertThat(garbage.fieldError("body")).isNotNull();

        Api.Reply notApproved = reply(vendor.call("POST", devices() + "/" + pendingLockId + "/events",
                doorOpened(UUID.randomUUID().toString()).toString()));
        assertThat(notApproved.status()).as(notApproved.toString()).isEqualTo(409);
        assertThat(notApproved.json().getString("reason")).isEqualTo("device-not-approved");

        Api.Reply foreign = reply(rival.call("POST", devices() + "/" + lockId + "/events",
                doorOpened(UUID.randomUUID().toString()).toString()));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.json().getString("code")).isEqualTo("vendor-device-not-found");
        assertThat(accessRecords().stream().filter(a -> "L-FACE-1".equals(a.getString("credentialId"))).count())
                .as("refused messages stored nothing").isLessThanOrEqualTo(1);
    }

    @Test
    void theGatewayFetchesCommandsAndItsAcknowledgementConfirmsTheKey() {
        Api.Reply granted = admin.post("/api/v1/units/" + unit + "/lock-credentials", Json.createObjectBuilder()
                .add("holder", "维修 王师傅").add("credentialType", "CARD")
                .add("validUntil", Instant.now().plus(Duration.ofDays(1)).toString()).build());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        JsonObject credential = granted.array().getJsonObject(0);
        assertThat(credential.getString("status")).isEqualTo("GRANTING");

        Api.Reply fetched = reply(vendor.call("GET", "/api/v1/vendor/organizations/" + org + "/commands?limit=20", null));
        assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
        JsonObject command = fetched.array().stream().map(JsonValue::asJsonObject)
                .filter(c -> lockId.equals(c.getString("deviceId"))).findFirst().orElseThrow(() ->
                        new AssertionError("no command for " + lockId + " in " + fetched));
        assertThat(command.getJsonObject("command").getString("type")).isEqualTo("GRANT");
        assertThat(command.getJsonObject("command").getString("credentialId"))
                .isEqualTo(credential.getString("credentialId"));
        Api.Reply rivalSees = reply(rival.call("GET", "/api/v1/vendor/organizations/" + org + "/commands", null));
        assertThat(rivalSees.array()).as("another vendor's gateway gets none of it").isEmpty();

        JsonObject ack = Json.createObjectBuilder().add("commandId", command.getString("commandId")).add("result", "OK")
                .add("at", Instant.now().toString()).build();
        Api.Reply acked = reply(vendor.call("POST", devices() + "/" + lockId + "/acks", ack.toString()));
        assertThat(acked.status()).as(acked.toString()).isEqualTo(200);

        Api.Reply keys = admin.get("/api/v1/units/" + unit + "/lock-credentials");
        assertThat(keys.array().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("credentialId").equals(credential.getString("credentialId")))
                .map(k -> k.getString("status"))).containsExactly("ACTIVE");
        Api.Reply afterwards = reply(vendor.call("GET", "/api/v1/vendor/organizations/" + org + "/commands", null));
        assertThat(afterwards.array().stream().map(v -> v.asJsonObject().getString("commandId")))
                .doesNotContain(command.getString("commandId"));
    }

    @Test
    void aCommandTheGatewayNeverFetchesTimesOutVisibly() throws InterruptedException {
        long project = Housing.project(admin, "安居苑二期");
        long building = Housing.building(admin, project, "2 号楼", 6);
        long quietUnit = Housing.unit(admin, building, "102", 1, "45.50");
        String quiet = deviceId("LK");
        Api.Reply registered = reply(vendor.call("POST", devices(), lock(quiet, quietUnit).toString()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        approve(quiet);
        JsonObject before = admin.get("/api/v1/device-settings").json();
        admin.put("/api/v1/device-settings", Json.createObjectBuilder(before).add("ackTimeoutSeconds", 2).add("maxAttempts", 2).build());
        try {
            Api.Reply granted = admin.post("/api/v1/units/" + quietUnit + "/lock-credentials", Json.createObjectBuilder()
                    .add("holder", "物业 张师傅").add("credentialType", "CARD")
                    .add("validUntil", Instant.now().plus(Duration.ofDays(1)).toString()).build());
            assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
            // Nobody fetches: 2 attempts × 2 s later the command must say so, as an unanswered MQTT command does.
            JsonObject timedOut = null;
            for (int i = 0; i < 120 && timedOut == null; i++) {
                Thread.sleep(250);
                JsonObject page = admin.get("/api/v1/lock-commands?deviceId=" + quiet + "&status=TIMED_OUT").json();
                timedOut = page.getInt("total") == 1 ? page.getJsonArray("items").getJsonObject(0) : null;
            }
            assertThat(timedOut).as("the unfetched GRANT timed out").isNotNull();
            assertThat(timedOut.getString("type")).isEqualTo("GRANT");
            assertThat(timedOut.getInt("attempts")).isZero();
            JsonObject log = admin.get("/api/v1/key-log?unitId=" + quietUnit).json();
            assertThat(log.getJsonArray("items").stream().map(v -> v.asJsonObject())
                    .filter(l -> l.getString("action").equals("TIMED_OUT")).map(l -> l.getString("detail")).toList())
                    .as("staff read why in the key log").containsExactly("GRANT：厂商网关未取走指令");
            Api.Reply fetched = reply(vendor.call("GET", "/api/v1/vendor/organizations/" + org + "/commands?limit=50", null));
            assertThat(fetched.array().stream().map(v -> v.asJsonObject().getString("deviceId")))
                    .as("a timed-out command is not handed out any more").doesNotContain(quiet);
        } finally {
            admin.put("/api/v1/device-settings", before);
        }
    }

    static JsonObject readings(String deviceId, String... valuesAndTimes) {
        jakarta.json.JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < valuesAndTimes.length; i += 2) {
            a.add(Json.createObjectBuilder().add("deviceId", deviceId).add("value", new java.math.BigDecimal(valuesAndTimes[i]))
                    .add("sourceTime", valuesAndTimes[i + 1]));
        }
        return Json.createObjectBuilder().add("readings", a).build();
    }

    @Test
    void meterReadingsOfTheVendorsOwnMetersAreStoredOnce() {
        Instant t = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String body = readings(meterId, "12.250", t.toString(), "12.750", t.plusSeconds(3600).toString()).toString();
        String path = "/api/v1/vendor/organizations/" + org + "/readings";
        Api.Reply first = reply(vendor.call("POST", path, body));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("accepted")).isEqualTo(2);
        Api.Reply again = reply(vendor.call("POST", path, body));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getInt("accepted")).isZero();

        Api.Reply stored = admin.get("/api/v1/meters/units/" + unit + "/readings?kind=WATER&page=1&size=50");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        List<JsonObject> items = stored.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(items).hasSize(2);
        assertThat(items).allSatisfy(r -> assertThat(r.getString("source")).isEqualTo("vendor:" + vendorCode));

        // Only the vendor's own, approved meters: another vendor, a lock, an unknown id are refused by field.
        Api.Reply foreign = reply(rival.call("POST", path, readings(meterId, "13", t.plusSeconds(7200).toString()).toString()));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.fieldError("readings[0].deviceId")).isNotNull();
        Api.Reply notAMeter = reply(vendor.call("POST", path, readings(lockId, "13", t.plusSeconds(7200).toString()).toString()));
        assertThat(notAMeter.status()).as(notAMeter.toString()).isEqualTo(400);
        assertThat(notAMeter.fieldError("readings[0].deviceId")).isNotNull();
        Api.Reply missingTime = reply(vendor.call("POST", path, "{\"readings\":[{\"deviceId\":\"" + meterId + "\",\"value\":1}]}"));
        assertThat(missingTime.status()).as(missingTime.toString()).isEqualTo(400);
        assertThat(missingTime.fieldError("readings[0].sourceTime")).isNotNull();
        assertThat(admin.get("/api/v1/meters/units/" + unit + "/readings?kind=WATER&page=1&size=50").json().getInt("total"))
                .as("refused pushes stored nothing").isEqualTo(2);
    }
}
