package org.anju.it.devices;

import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.housing.Housing;
import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Devices on the unit page, the status board and the archives (R6.1d, R6.2a2, R7.4a, R7.4b): a lock approved on a
 * unit a household already lives in gives its resident a key at once for the lease's term; the board's cell and the
 * unit page show the lock's state and follow it offline, online and into trouble; the unit's and the household's
 * archives list every grant and revocation (in Beijing time) and the door openings; the resident's page learns the
 * visitor-code limit; another operator sees none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeviceArchiveIT {

    static final String MQTT = "tcp://127.0.0.1:" + System.getProperty("anju.it.mqttPort", "11883");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    static Leasing.Operator a;
    static Leasing.Operator b;
    static Leasing.Active home;
    static LocalDate start;
    static LocalDate end;
    static long project;
    static long emptyUnit;
    static long lockId;
    static String deviceId;
    static LockKeysIT.Lock lock;
    static long bUnit;

    static <T> T eventually(Supplier<T> probe, Predicate<T> done, String what) {
        return LockKeysIT.eventually(probe, done, what);
    }

    @BeforeAll
    static void setUp() throws Exception {
        a = Leasing.operator("dva");
        b = Leasing.operator("dvb");
        start = LocalDate.now(ZONE);
        end = start.plusYears(2).minusDays(1);
        // The household lives in its unit before the lock exists: check-in had no lock to grant on.
        home = Leasing.active(a, "档案户", "201", "dang.an", start, end);
        Api admin = a.admin();
        JsonObject unit = ok(admin.get("/api/v1/units/" + home.unit()));
        project = unit.getJsonNumber("projectId").longValue();
        emptyUnit = Housing.unit(admin, unit.getJsonNumber("buildingId").longValue(), "202", 2, "45.50");
        deviceId = "LK-" + a.code() + "-201";
        JsonObject d = ok(admin.post("/api/v1/devices", Json.createObjectBuilder().add("deviceId", deviceId)
                .add("kind", "SMART_LOCK").add("serial", "SN-" + deviceId).add("model", "A7").add("vendorCode", "acme")
                .add("unitId", home.unit()).build()));
        lockId = id(d);
        String secret = ok(admin.post("/api/v1/devices/" + lockId + "/secret", JsonValue.EMPTY_JSON_OBJECT)).getString("secret");
        ok(admin.post("/api/v1/devices/" + lockId + "/decision", Json.createObjectBuilder().add("approve", true)
                .add("note", "入住后加装").build()));
        lock = new LockKeysIT.Lock(a.code(), deviceId, secret);
        lock.event("HEARTBEAT", 87); // online: what the platform queued for it is sent again now
        bUnit = Leasing.pendingUnit(b.admin(), "201");
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (lock != null) {
            lock.close();
        }
    }

    static List<JsonObject> credentials() {
        return a.admin().get("/api/v1/units/" + home.unit() + "/lock-credentials").array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    static JsonObject deviceState(Api api, long unit) {
        return ok(api.get("/api/v1/units/" + unit + "/device-state"));
    }

    static Optional<JsonObject> cell(Api api, long projectId, long unit) {
        return ok(api.get("/api/v1/projects/" + projectId + "/status-board")).getJsonArray("buildings").stream()
                .flatMap(bd -> bd.asJsonObject().getJsonArray("rows").stream())
                .flatMap(r -> r.asJsonObject().getJsonArray("units").stream()).map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == unit).findFirst();
    }

    static String cellState(long unit) {
        JsonObject c = cell(a.admin(), project, unit).orElseThrow();
        return absent(c, "deviceState") ? null : c.getJsonObject("deviceState").getString("state");
    }

    /** The API leaves out null fields. */
    static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    static JsonObject section(JsonObject archive, String key) {
        return archive.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + key + " in " + archive.getJsonArray("sections")));
    }

    static List<String> rowValues(JsonObject section) {
        return section.getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("value")).toList();
    }

    @Test
    @Order(1)
    void aLockApprovedOnAnOccupiedUnitGrantsTheResidentAKeyAtOnceForTheLeasesTerm() throws Exception {
        JsonObject grant = lock.next("GRANT");
        assertThat(grant.getString("validFrom")).isEqualTo(start.atStartOfDay(ZONE).toInstant().toString());
        assertThat(grant.getString("validUntil")).isEqualTo(end.plusDays(1).atStartOfDay(ZONE).toInstant().toString());
        List<JsonObject> creds = eventually(DeviceArchiveIT::credentials,
                l -> l.size() == 1 && l.get(0).getString("status").equals("ACTIVE"), "the resident's key confirmed by the lock");
        assertThat(creds.get(0).getString("kind")).isEqualTo("RESIDENT");
        assertThat(creds.get(0).getJsonNumber("householdId").longValue()).isEqualTo(id(home.household()));
        assertThat(creds.get(0).getJsonNumber("leaseId").longValue()).isEqualTo(home.lease());
        assertThat(creds.get(0).getString("credentialId")).isEqualTo(grant.getString("credentialId"));
    }

    @Test
    @Order(2)
    void theBoardCellAndTheUnitPageShowTheLockAndFollowItOfflineOnlineAndIntoTrouble() throws Exception {
        JsonObject state = eventually(() -> deviceState(a.admin(), home.unit()), s -> "ONLINE".equals(s.getString("state", null)),
                "unit page: lock online");
        assertThat(state.getInt("battery")).isEqualTo(87);
        assertThat(state.getInt("locks")).isEqualTo(1);
        JsonObject device = state.getJsonArray("devices").getJsonObject(0);
        assertThat(device.getString("deviceId")).isEqualTo(deviceId);
        assertThat(device.getBoolean("online")).isTrue();
        assertThat(device.getString("lastSeenAt")).isNotBlank();
        assertThat(device.getJsonArray("troubles")).isEmpty();
        JsonObject cell = cell(a.admin(), project, home.unit()).orElseThrow();
        assertThat(cell.getJsonObject("deviceState").getString("state")).isEqualTo("ONLINE");
        assertThat(cell.getJsonObject("deviceState").getInt("battery")).isEqualTo(87);
        assertThat(cell.getJsonObject("deviceState").getInt("locks")).isEqualTo(1);
        assertThat(absent(cell(a.admin(), project, emptyUnit).orElseThrow(), "deviceState"))
                .as("a unit without devices keeps a null device state").isTrue();
        assertThat(deviceState(a.admin(), emptyUnit).getJsonArray("devices")).isEmpty();

        lock.event("OFFLINE", 86);
        eventually(() -> cellState(home.unit()), "OFFLINE"::equals, "board: lock offline");
        state = deviceState(a.admin(), home.unit());
        assertThat(state.getString("state")).isEqualTo("OFFLINE");
        assertThat(state.getJsonArray("devices").getJsonObject(0).getBoolean("online")).isFalse();

        lock.event("HEARTBEAT", 85);
        eventually(() -> cellState(home.unit()), "ONLINE"::equals, "board: lock back online");
        assertThat(deviceState(a.admin(), home.unit()).getString("state")).isEqualTo("ONLINE");

        lock.event("LOW_BATTERY", 15);
        eventually(() -> cellState(home.unit()), "TROUBLE"::equals, "board: low battery is trouble");
        JsonObject trouble = deviceState(a.admin(), home.unit());
        assertThat(trouble.getString("trouble")).isEqualTo("LOW_BATTERY");
        assertThat(trouble.getInt("battery")).isEqualTo(15);
        assertThat(trouble.getJsonArray("devices").getJsonObject(0).getJsonArray("troubles").getString(0)).isEqualTo("LOW_BATTERY");

        lock.event("HEARTBEAT", 90); // new batteries
        eventually(() -> cellState(home.unit()), "ONLINE"::equals, "board: fresh batteries end the trouble");
    }

    @Test
    @Order(3)
    void theUnitAndHouseholdArchivesListEveryGrantAndRevocationAndTheDoorOpeningsInBeijingTime() throws Exception {
        Api admin = a.admin();
        String residentKey = credentials().get(0).getString("credentialId");
        lock.publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", "DOOR_OPENED")
                .add("at", Instant.now().toString()).add("method", "FACE").add("credentialId", residentKey).add("battery", 90)
                .build().toString());
        // Staff: a cleaner's card for a day, then taken back.
        Instant cleanerUntil = Instant.now().plus(Duration.ofDays(1));
        Api.Reply granted = admin.post("/api/v1/units/" + home.unit() + "/lock-credentials", Json.createObjectBuilder()
                .add("holder", "保洁 李阿姨").add("credentialType", "CARD").add("validUntil", cleanerUntil.toString()).build());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        JsonObject card = granted.array().getJsonObject(0);
        lock.next("GRANT");
        ok(admin.post("/api/v1/lock-credentials/" + id(card) + "/revocation", Json.createObjectBuilder().add("reason", "保洁合同结束").build()));
        lock.next("REVOKE");
        // The resident: a visitor code, then withdrawn.
        Instant from = Instant.now().plus(Duration.ofMinutes(5));
        JsonObject code = ok(home.resident().post("/api/v1/my/visitor-codes", Json.createObjectBuilder().add("visitorName", "王表哥")
                .add("validFrom", from.toString()).add("validUntil", from.plus(Duration.ofHours(3)).toString()).build()));
        lock.next("GRANT");
        ok(home.resident().post("/api/v1/my/visitor-codes/" + id(code.getJsonObject("credential")) + "/revocation",
                JsonValue.EMPTY_JSON_OBJECT));
        lock.next("REVOKE");
        eventually(() -> ok(admin.get("/api/v1/access-records?unitId=" + home.unit())), p -> p.getInt("total") == 1, "door opening stored");

        String leaseWindow = start + " 00:00 至 " + end.plusDays(1) + " 00:00";
        JsonObject archive = ok(admin.get("/api/v1/units/" + home.unit() + "/archive"));
        assertThat(rowValues(section(archive, "devices"))).singleElement().asString()
                .contains("型号 A7", "备案已通过", "在线", "电量 90%");
        assertThat(section(archive, "devices").getJsonArray("rows").getJsonObject(0).getString("label")).contains(deviceId);
        JsonObject keyLog = section(archive, "key-log");
        assertThat(keyLog.getString("title")).isEqualTo("门锁授权记录（最近 500 条）");
        List<String> keys = rowValues(keyLog);
        assertThat(keys).anySatisfy(v -> assertThat(v).startsWith("授权 · ").contains("（住户）", leaseWindow, "操作人 admin"));
        assertThat(keys).anySatisfy(v -> assertThat(v).startsWith("授权 · 保洁 李阿姨（工作人员）").contains("门卡",
                BEIJING.format(cleanerUntil)));
        assertThat(keys).anySatisfy(v -> assertThat(v).startsWith("撤销 · 保洁 李阿姨").contains("保洁合同结束"));
        assertThat(keys).anySatisfy(v -> assertThat(v).startsWith("访客码 · 访客 王表哥（访客）"));
        assertThat(keys).anySatisfy(v -> assertThat(v).startsWith("门锁确认"));
        assertThat(keyLog.getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("label")).toList())
                .allSatisfy(label -> assertThat(label).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        JsonObject access = section(archive, "access-records");
        assertThat(access.getString("title")).isEqualTo("出入记录（最近 200 条）");
        assertThat(rowValues(access)).singleElement().asString().startsWith("人脸 · 住户");
        assertThat(ok(admin.english().get("/api/v1/units/" + home.unit() + "/archive")).getJsonArray("sections").stream()
                .map(s -> s.asJsonObject().getString("title")).toList())
                .contains("Devices installed", "Key log (latest 500)", "Access records (latest 200)");

        JsonObject household = ok(admin.get("/api/v1/households/" + id(home.household()) + "/archive"));
        JsonObject hKeys = section(household, "devices-key-log");
        assertThat(hKeys.getJsonArray("headers").getString(0)).isEqualTo("时间");
        List<List<String>> rows = hKeys.getJsonArray("rows").stream()
                .map(r -> r.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList())
                .toList();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("授权");
            assertThat(r.get(3)).isEqualTo("住户");
            assertThat(r.get(5)).isEqualTo(leaseWindow);
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("访客码"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("撤销");
            assertThat(r.get(2)).isEqualTo("访客 王表哥");
        });
        assertThat(rows).noneSatisfy(r -> assertThat(r.get(2)).contains("李阿姨")); // the staff card is the unit's, not the household's
        JsonObject hAccess = section(household, "devices-access-records");
        assertThat(hAccess.getJsonArray("rows")).hasSize(1);
        assertThat(hAccess.getJsonArray("rows").getJsonArray(0).getString(1)).isEqualTo("人脸");
    }

    @Test
    @Order(4)
    void theResidentsKeysTellTheVisitorCodeLimit() {
        assertThat(ok(home.resident().get("/api/v1/my/keys")).getInt("visitorCodeMaxHours")).isEqualTo(72);
        ok(a.admin().put("/api/v1/device-settings", Json.createObjectBuilder().add("remoteOpen", "STAFF")
                .add("arrearsPolicy", "NONE").add("memberCredentialType", "FACE").add("visitorCodeMaxHours", 48)
                .add("ackTimeoutSeconds", 30).add("maxAttempts", 3).add("heartbeatMinutes", 5).build()));
        assertThat(ok(home.resident().get("/api/v1/my/keys")).getInt("visitorCodeMaxHours")).isEqualTo(48);
    }

    @Test
    @Order(5)
    void anotherOperatorSeesNoneOfTheStateOrTheSections() {
        Api bAdmin = b.admin();
        // B's schema numbers its units itself: its first unit may carry the same id as A's. Either way: nothing of A's.
        Api.Reply state = bAdmin.get("/api/v1/units/" + home.unit() + "/device-state");
        if (bUnit == home.unit()) {
            assertThat(state.status()).isEqualTo(200);
            assertThat(absent(state.json(), "state")).isTrue();
            assertThat(state.json().getJsonArray("devices")).isEmpty();
        } else {
            assertThat(state.status()).as(state.toString()).isEqualTo(404);
        }
        JsonObject bState = deviceState(bAdmin, bUnit);
        assertThat(bState.getJsonArray("devices")).isEmpty();
        assertThat(absent(bState, "state")).isTrue();
        long bProject = Leasing.projectOf(bAdmin, bUnit);
        assertThat(absent(cell(bAdmin, bProject, bUnit).orElseThrow(), "deviceState")).isTrue();
        Api.Reply archive = bAdmin.get("/api/v1/units/" + home.unit() + "/archive");
        if (archive.status() == 200) {
            assertThat(archive.json().getJsonArray("sections").stream().map(s -> s.asJsonObject().getString("key")).toList())
                    .doesNotContain("devices", "key-log", "access-records");
        } else {
            assertThat(archive.status()).isEqualTo(404);
        }
        Api.Reply household = bAdmin.get("/api/v1/households/" + id(home.household()) + "/archive");
        if (household.status() == 200) {
            assertThat(household.json().getJsonArray("sections").stream().map(s -> s.asJsonObject().getString("key")).toList())
                    .doesNotContain("devices-key-log", "devices-access-records");
        } else {
            assertThat(household.status()).isEqualTo(404);
        }
        assertThat(ok(bAdmin.get("/api/v1/key-log?unitId=" + home.unit())).getInt("total")).isZero();
        assertThat(ok(bAdmin.get("/api/v1/access-records?unitId=" + home.unit())).getInt("total")).isZero();
    }
}
