package org.anju.it.alerts;

import static org.anju.it.devices.LockKeysIT.eventually;
import static org.anju.it.leasing.Leasing.act;
import static org.anju.it.leasing.Leasing.applicant;
import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.devices.LockKeysIT;
import org.anju.it.devices.VendorClient;
import org.anju.it.devices.VendorFixtures;
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
 * Alerts over HTTP and MQTT with two operators (issue 8; R6.3d, R7.1c, R7.3a, R7.3b, R7.3d): a lease ending within the
 * 30-day offset raises one expiry alert and a second evaluation adds none; an occupied unit whose last door opening
 * was 40 days ago raises 无人居住 while one opened today does not; an elderly-alone household silent for 50 hours
 * raises a HIGH welfare alert; a lock's tamper report raises a device alert and a repeat adds evidence to it; the
 * lifecycle refuses illegal steps (409) and bad input (400 naming the field); B sees none of A's alerts or indicators.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertsIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static Leasing.Operator a;
    static Leasing.Operator b;
    static Leasing.Active expiring;
    static Leasing.Active silent;
    static Leasing.Active lively;
    static Leasing.Active elderly;
    static LockKeysIT.Lock silentLock;
    static LockKeysIT.Lock livelyLock;
    static LockKeysIT.Lock elderlyLock;

    @BeforeAll
    static void setUp() throws Exception {
        a = Leasing.operator("ala");
        b = Leasing.operator("alb");
        LocalDate today = LocalDate.now(ZONE);
        expiring = Leasing.active(a, "到期户", "101", "dao.qi", today.minusYears(1), today.plusDays(20));
        silent = Leasing.active(a, "空置户", "102", "kong.zhi", today.minusDays(90), today.plusYears(2));
        lively = Leasing.active(a, "常住户", "103", "chang.zhu", today.minusDays(90), today.plusYears(2));
        elderly = elderlyActive(a, today.minusDays(90), today.plusYears(2));
        silentLock = lock(a, silent.unit(), "102");
        livelyLock = lock(a, lively.unit(), "103");
        elderlyLock = lock(a, elderly.unit(), "104");
        open(silentLock, Instant.now().minus(Duration.ofDays(40)));
        open(livelyLock, Instant.now().minus(Duration.ofHours(1)));
        open(elderlyLock, Instant.now().minus(Duration.ofHours(50)));
        eventually(() -> ok(a.admin().get("/api/v1/access-records?unitId=" + elderly.unit())).getInt("total"),
                n -> n >= 1, "the last door opening stored");
    }

    @AfterAll
    static void tearDown() throws Exception {
        for (LockKeysIT.Lock l : new LockKeysIT.Lock[] {silentLock, livelyLock, elderlyLock}) {
            if (l != null) {
                l.close();
            }
        }
    }

    /** Like {@link Leasing#active}, for a household flagged elderly living alone. */
    static Leasing.Active elderlyActive(Leasing.Operator op, LocalDate start, LocalDate end) {
        Api admin = op.admin();
        String phone = Leasing.phone();
        Api.Reply created = admin.post("/api/v1/households", Leasing.household("独居老人", Leasing.idNumber(1945), phone)
                .add("elderlyAlone", true).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject household = created.json();
        long unit = Leasing.pendingUnit(admin, "104");
        long lease = id(ok(admin.post("/api/v1/leases", Leasing.leaseBody(id(household), unit).add("startDate", start.toString())
                .add("endDate", end.toString()).build())));
        ok(act(admin, lease, "submit", null));
        ok(act(admin, lease, "approve", null));
        Api resident = Leasing.resident(op, household, "du.ju");
        Leasing.signAsResident(resident, admin, lease, phone);
        ok(admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder().add("movedInOn", start.toString())
                .add("memberIds", Json.createArrayBuilder().add(applicant(household).getJsonNumber("id"))).build()));
        return new Leasing.Active(household, lease, unit, resident, phone);
    }

    static LockKeysIT.Lock lock(Leasing.Operator op, long unit, String room) throws Exception {
        String device = "AL-" + op.code() + "-" + room;
        String[] reg = LockKeysIT.registerLock(op.admin(), unit, device);
        return new LockKeysIT.Lock(op.code(), device, reg[1]);
    }

    static void open(LockKeysIT.Lock lock, Instant at) throws Exception {
        lock.publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString()).add("type", "DOOR_OPENED")
                .add("at", at.toString()).add("method", "KEY").add("credentialId", "KEY").add("battery", 90).build().toString());
    }

    static List<JsonObject> alerts(Api api, String query) {
        return ok(api.get("/api/v1/alerts?size=200&" + query)).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    static JsonObject evaluate() {
        return ok(a.admin().post("/api/v1/alerts/evaluation", JsonValue.EMPTY_JSON_OBJECT));
    }

    @Test
    @Order(1)
    void aLeaseEndingWithinTheOffsetRaisesOneExpiryAlertAndASecondPassNoOther() {
        evaluate();
        List<JsonObject> found = alerts(a.admin(), "type=CONTRACT_EXPIRY&subjectId=" + expiring.lease());
        assertThat(found).hasSize(1);
        JsonObject alert = found.get(0);
        assertThat(alert.getString("severity")).isEqualTo("MEDIUM");
        assertThat(alert.getString("status")).isEqualTo("OPEN");
        assertThat(alert.getString("explanation")).contains("到期，剩余 20 天");
        assertThat(alert.getString("ruleCode")).isEqualTo("CONTRACT_EXPIRY");
        assertThat(alert.getInt("ruleVersion")).isEqualTo(1);
        evaluate();
        assertThat(alerts(a.admin(), "type=CONTRACT_EXPIRY&subjectId=" + expiring.lease())).hasSize(1)
                .first().satisfies(x -> assertThat(x.getInt("evidenceCount")).isEqualTo(1));
        JsonObject english = ok(a.admin().english().get("/api/v1/alerts/" + id(alert)));
        assertThat(english.getJsonObject("alert").getString("explanation")).contains("in 20 days");
        assertThat(english.getJsonArray("evidence")).hasSize(1);
        assertThat(english.getJsonArray("history").getJsonObject(0).getString("action")).isEqualTo("OPENED");
    }

    @Test
    @Order(2)
    void anOccupiedUnitSilentForTheSetDaysRaisesNobodyLivingAndALivelyOneDoesNot() {
        evaluate();
        List<JsonObject> silentAlerts = alerts(a.admin(), "type=NOBODY_LIVING&subjectId=" + silent.unit());
        assertThat(silentAlerts).hasSize(1);
        assertThat(silentAlerts.get(0).getString("explanation")).startsWith("该房屋已 40 天无开门记录");
        assertThat(alerts(a.admin(), "type=NOBODY_LIVING&subjectId=" + lively.unit())).isEmpty();
        assertThat(alerts(a.admin(), "type=NOBODY_LIVING&subjectId=" + elderly.unit())).isEmpty();
    }

    @Test
    @Order(3)
    void anElderlyAloneHouseholdSilentFor50HoursRaisesAHighWelfareAlert() {
        evaluate();
        List<JsonObject> welfare = alerts(a.admin(), "type=WELFARE&subjectKind=HOUSEHOLD&subjectId=" + id(elderly.household()));
        assertThat(welfare).hasSize(1);
        assertThat(welfare.get(0).getString("severity")).isEqualTo("HIGH");
        assertThat(welfare.get(0).getString("explanation")).startsWith("独居老人家庭").contains("小时无开门记录");
        assertThat(alerts(a.admin(), "type=WELFARE")).as("only the flagged household").hasSize(1);
    }

    @Test
    @Order(3)
    void aDoorOpenedMostlyByOthersAndByManyPeopleRaisesSubletAndGroupRenting() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Leasing.Active crowded = Leasing.active(a, "转租户", "105", "zhuan.zu", today.minusDays(90), today.plusYears(2));
        try (LockKeysIT.Lock lock = lock(a, crowded.unit(), "105")) {
            for (int i = 0; i < 12; i++) {
                lock.publish("event", Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString())
                        .add("type", "DOOR_OPENED").add("at", Instant.now().minus(Duration.ofHours(10L * i + 1)).toString())
                        .add("method", "CARD").add("credentialId", "L-card-" + (i % 7)).add("battery", 90).build().toString());
            }
            eventually(() -> ok(a.admin().get("/api/v1/access-records?unitId=" + crowded.unit())).getInt("total"),
                    n -> n == 12, "twelve openings stored");
        }
        evaluate();
        List<JsonObject> sublet = alerts(a.admin(), "type=SUBLET&subjectId=" + crowded.unit());
        assertThat(sublet).hasSize(1);
        assertThat(sublet.get(0).getString("explanation")).contains("开门 12 次，其中 12 次（100%）");
        List<JsonObject> group = alerts(a.admin(), "type=GROUP_RENTING&subjectId=" + crowded.unit());
        assertThat(group).hasSize(1);
        assertThat(group.get(0).getString("explanation")).contains("有 7 个不同凭证开门进入");
        assertThat(alerts(a.admin(), "type=SUBLET&subjectId=" + lively.unit())).as("one KEY opening says nothing").isEmpty();
    }

    @Test
    @Order(4)
    void aTamperReportRaisesADeviceAlertAndARepeatAddsEvidence() throws Exception {
        String device = "AL-" + a.code() + "-103";
        livelyLock.event("TAMPER", 80);
        JsonObject first = eventually(() -> alerts(a.admin(), "type=DEVICE_TAMPER&subjectId=" + device),
                l -> l.size() == 1, "a tamper alert").get(0);
        assertThat(first.getString("severity")).isEqualTo("HIGH");
        assertThat(first.getInt("evidenceCount")).isEqualTo(1);
        Thread.sleep(20);
        livelyLock.event("TAMPER", 80);
        eventually(() -> alerts(a.admin(), "type=DEVICE_TAMPER&subjectId=" + device).get(0).getInt("evidenceCount"),
                n -> n == 2, "the repeat as evidence");
        assertThat(alerts(a.admin(), "type=DEVICE_TAMPER&subjectId=" + device)).as("still one alert").hasSize(1);
        livelyLock.event("LOW_BATTERY", 15);
        eventually(() -> alerts(a.admin(), "type=DEVICE_LOW_BATTERY&subjectId=" + device), l -> l.size() == 1,
                "a low-battery alert");
    }

    @Test
    @Order(5)
    void theLifecycleRefusesIllegalStepsAndBadInput() {
        Api admin = a.admin();
        long expiry = id(alerts(admin, "type=CONTRACT_EXPIRY&subjectId=" + expiring.lease()).get(0));
        Api.Reply early = admin.post("/api/v1/alerts/" + expiry + "/resolve", Json.createObjectBuilder()
                .add("finding", "NORMAL").build());
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        Api.Reply noReason = admin.post("/api/v1/alerts/" + expiry + "/dismiss", Json.createObjectBuilder().add("reason", " ").build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isNotNull();
        ok(admin.post("/api/v1/alerts/" + expiry + "/acknowledge", JsonValue.EMPTY_JSON_OBJECT));
        Api.Reply badDate = admin.post("/api/v1/alerts/" + expiry + "/dispatch", Json.createObjectBuilder()
                .add("assigneeUserId", 1).add("dueDate", "下周").build());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.fieldError("dueDate")).isNotNull();
        JsonObject dispatched = ok(admin.post("/api/v1/alerts/" + expiry + "/dispatch", Json.createObjectBuilder()
                .add("assigneeUserId", 1).add("dueDate", LocalDate.now(ZONE).plusDays(3).toString()).add("note", "入户核查").build()));
        assertThat(dispatched.getString("status")).isEqualTo("DISPATCHED");
        JsonObject resolved = ok(admin.post("/api/v1/alerts/" + expiry + "/resolve", Json.createObjectBuilder()
                .add("finding", "NORMAL").add("notes", "已联系住户，正在办理续签")
                .add("evidenceRefs", Json.createArrayBuilder().add("visit-photo-1")).build()));
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        Api.Reply again = admin.post("/api/v1/alerts/" + expiry + "/dismiss", Json.createObjectBuilder().add("reason", "重复").build());
        assertThat(again.status()).isEqualTo(409);
        evaluate();
        assertThat(alerts(admin, "type=CONTRACT_EXPIRY&status=OPEN&subjectId=" + expiring.lease()))
                .as("the same situation is not reopened after it was handled").isEmpty();
        JsonObject history = ok(admin.get("/api/v1/alerts/" + expiry));
        assertThat(history.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList())
                .containsSubsequence("OPENED", "ACKNOWLEDGED", "DISPATCHED", "RESOLVED");
        assertThat(admin.post("/api/v1/alerts/999999/acknowledge", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void settingsAreValidatedFieldByField() {
        Api admin = a.admin();
        JsonObject settings = ok(admin.get("/api/v1/alerts/settings"));
        assertThat(settings.getInt("nobodyLivingDays")).isEqualTo(30);
        Api.Reply bad = admin.put("/api/v1/alerts/settings", Json.createObjectBuilder().add("nobodyLivingDays", 1)
                .add("welfareGroups", Json.createArrayBuilder().add("ROBOT")).build());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.fieldError("nobodyLivingDays")).isNotNull();
        assertThat(bad.fieldError("welfareGroups[0]")).isNotNull();
        JsonObject saved = ok(admin.put("/api/v1/alerts/settings", Json.createObjectBuilder().add("nobodyLivingDays", 45).build()));
        assertThat(saved.getInt("nobodyLivingDays")).isEqualTo(45);
        assertThat(saved.getInt("welfareHours")).as("left out: default").isEqualTo(48);
        ok(admin.put("/api/v1/alerts/settings", Json.createObjectBuilder().add("nobodyLivingDays", 30).build()));
    }

    @Test
    @Order(6)
    void aDoorOpeningOnASilentUnitIsAddedToItsAlertAsEvidence() throws Exception {
        long alert = id(alerts(a.admin(), "type=NOBODY_LIVING&subjectId=" + silent.unit()).get(0));
        open(silentLock, Instant.now());
        JsonObject detail = eventually(() -> ok(a.admin().get("/api/v1/alerts/" + alert)),
                d -> d.getJsonArray("evidence").size() == 2, "the opening as evidence");
        assertThat(detail.getJsonArray("evidence").getJsonObject(1).getString("explanation")).startsWith("房门于");
        assertThat(detail.getJsonObject("alert").getString("status")).as("people close it after a visit").isEqualTo("OPEN");
    }

    @Test
    @Order(6)
    void aVacantUnitUsingWaterRaisesVacantUseAndAnIdleOneDoesNot() {
        Api admin = a.admin();
        long project = Housing.project(admin, "空置小区");
        long building = Housing.building(admin, project, "2号楼", 6);
        long used = Housing.unit(admin, building, "201", 2, "45.50");
        long idle = Housing.unit(admin, building, "202", 2, "45.50");
        String vendorCode = VendorFixtures.code("alerts");
        VendorClient vendor = VendorFixtures.vendorWithKey(Api.platformAdmin(), vendorCode);
        VendorFixtures.authorize(admin, vendorCode);
        String usedMeter = meter(admin, vendor, used);
        String idleMeter = meter(admin, vendor, idle);
        Instant t = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        jakarta.json.JsonArrayBuilder readings = Json.createArrayBuilder();
        for (String[] r : new String[][] {{usedMeter, "10.000", t.toString()}, {usedMeter, "12.000", t.plusSeconds(3600).toString()},
                {idleMeter, "5.000", t.toString()}, {idleMeter, "5.100", t.plusSeconds(3600).toString()}}) {
            readings.add(Json.createObjectBuilder().add("deviceId", r[0]).add("value", new java.math.BigDecimal(r[1]))
                    .add("sourceTime", r[2]));
        }
        Api.Reply pushed = VendorFixtures.reply(vendor.call("POST", "/api/v1/vendor/organizations/" + a.code() + "/readings",
                Json.createObjectBuilder().add("readings", readings).build().toString()));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        JsonObject alert = eventually(() -> alerts(admin, "type=VACANT_USE&subjectId=" + used), l -> l.size() == 1,
                "a vacant-use alert").get(0);
        assertThat(alert.getString("explanation")).contains("用水 2.0 m³");
        assertThat(alerts(admin, "type=VACANT_USE&subjectId=" + idle)).isEmpty();
    }

    /** A water meter on the unit, registered by the vendor and approved by the operator; its device id. */
    static String meter(Api admin, VendorClient vendor, long unit) {
        String id = VendorFixtures.deviceId("WM");
        Api.Reply r = VendorFixtures.reply(vendor.call("POST", "/api/v1/vendor/organizations/" + a.code() + "/devices",
                Json.createObjectBuilder().add("deviceId", id).add("kind", "WATER_METER").add("serial", "SN-" + id)
                        .add("unitId", unit).build().toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject registered = ok(admin.get("/api/v1/devices?q=" + id)).getJsonArray("items").getJsonObject(0);
        ok(admin.post("/api/v1/devices/" + id(registered) + "/decision", Json.createObjectBuilder().add("approve", true)
                .add("note", "现场核验").build()));
        return id;
    }

    @Test
    @Order(7)
    void indicatorsCountOpenAlertsAndTheDailyTrend() {
        JsonObject i = ok(a.admin().get("/api/v1/alerts/indicators?days=7"));
        assertThat(i.getJsonNumber("open").longValue()).isGreaterThanOrEqualTo(4);
        assertThat(i.getJsonArray("trend")).hasSize(7);
        JsonObject today = i.getJsonArray("trend").getJsonObject(6);
        assertThat(today.getJsonNumber("opened").longValue()).isGreaterThanOrEqualTo(5);
        assertThat(today.getJsonNumber("resolved").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(i.getJsonArray("byType").stream().map(v -> v.asJsonObject().getString("key")).toList())
                .contains("NOBODY_LIVING", "WELFARE", "DEVICE_TAMPER");
        java.net.http.HttpResponse<byte[]> xlsx = a.admin().download("/api/v1/alerts.xlsx?type=WELFARE");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body().length).isGreaterThan(100);
    }

    @Test
    @Order(8)
    void anotherOperatorSeesNoneOfTheseAlerts() {
        Api other = b.admin();
        assertThat(ok(other.get("/api/v1/alerts")).getInt("total")).isZero();
        JsonObject i = ok(other.get("/api/v1/alerts/indicators"));
        assertThat(i.getJsonNumber("open").longValue()).isZero();
        long anyOfA = id(alerts(a.admin(), "type=WELFARE").get(0));
        assertThat(other.get("/api/v1/alerts/" + anyOfA).status()).isEqualTo(404);
        JsonObject run = ok(other.post("/api/v1/alerts/evaluation", JsonValue.EMPTY_JSON_OBJECT));
        assertThat(run.getInt("opened")).isZero();
        assertThat(ok(other.get("/api/v1/alerts")).getInt("total")).isZero();
    }
}
