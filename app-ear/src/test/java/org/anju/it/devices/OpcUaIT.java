package org.anju.it.devices;

import static org.anju.it.devices.OpcUaFixture.await;
import static org.anju.it.devices.OpcUaFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.anju.simulator.Simulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Building systems over OPC UA (issue 7, P4) against the real server and the simulator's real OPC UA server started in
 * this JVM: an operator configures a gateway, auto-maps its nodes by browsing, sees readings, flags and daily
 * consumption; the gateway restarts and readings resume; another operator sees none of it; bad input is refused.
 */
class OpcUaIT {

    static Api a;
    static Api b;
    static String codeA;
    static String codeB;
    static OpcUaFixture.Project projectA;
    static OpcUaFixture.Project projectB;
    static Simulator sim;
    static long endpointA;

    @BeforeAll
    static void setUp() {
        a = Housing.operator("opcua_a");
        b = Housing.operator("opcua_b");
        codeA = a.get("/api/v1/me").json().getJsonObject("organization").getString("code");
        codeB = b.get("/api/v1/me").json().getJsonObject("organization").getString("code");
        projectA = OpcUaFixture.project(a, "水电小区");
        // the same project, building and rooms in B: the same ids in both schemas
        projectB = OpcUaFixture.project(b, "水电小区");
        // an hour a second: electricity changes every second, a day passes in 24 s; room 201's meters jump after
        // 30 s, by when the client has long been reading them (the step must be seen to be flagged)
        sim = Simulator.builder().project("MTR").building("1").units(6).withoutLocks()
                .opcUaPort(OpcUaFixture.freePort()).speed(3600).seed(42).jumpAfter(Duration.ofHours(30)).quiet()
                .start();
        JsonObject e = ok(a.post("/api/v1/opcua/endpoints",
                OpcUaFixture.endpoint("1号楼表计网关", sim.meters().endpointUrl(), projectA.id(), "MTR").build()));
        endpointA = e.getJsonNumber("id").longValue();
    }

    @AfterAll
    static void tearDown() {
        if (endpointA > 0) {
            a.delete("/api/v1/opcua/endpoints/" + endpointA);
        }
        if (sim != null) {
            sim.close();
        }
    }

    static JsonObject endpoint() {
        return ok(a.get("/api/v1/opcua/endpoints/" + endpointA));
    }

    static JsonObject autoMapped() {
        synchronized (OpcUaIT.class) {
            JsonObject nodes = ok(a.get("/api/v1/opcua/endpoints/" + endpointA + "/nodes?size=50"));
            if (nodes.getInt("total") == 0) {
                JsonObject r = ok(a.post("/api/v1/opcua/endpoints/" + endpointA + "/nodes/auto-map",
                        Json.createObjectBuilder().add("source", "BROWSE").add("replace", false).build()));
                assertThat(r.getInt("found")).as(r.toString()).isEqualTo(18);
                assertThat(r.getInt("mapped")).as("6 units × water, electricity, online: " + r).isEqualTo(18);
                assertThat(r.getInt("unmatchedTotal")).isZero();
            }
            return await("connected with 18 monitored items", Duration.ofSeconds(60), OpcUaIT::endpoint,
                    e -> "CONNECTED".equals(e.getJsonObject("connection").getString("state"))
                            && e.getJsonObject("connection").getInt("monitoredItems") == 18);
        }
    }

    static JsonObject readings(long unit, String query) {
        return ok(a.get("/api/v1/meters/units/" + unit + "/readings?" + query));
    }

    @Test
    void browsingMapsTheGatewaysNodesToTheProjectsUnits() {
        JsonObject e = autoMapped();
        assertThat(e.getInt("nodes")).isEqualTo(18);
        assertThat(e.getBoolean("hasPassword")).isFalse();
        assertThat(e.containsKey("password")).isFalse();
        assertThat(e.getString("projectName")).isEqualTo("水电小区");
        JsonObject nodes = ok(a.get("/api/v1/opcua/endpoints/" + endpointA + "/nodes?q=MTR.1.101&size=10"));
        assertThat(nodes.getInt("total")).isEqualTo(3);
        assertThat(nodes.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(n -> n.getJsonNumber("unitId").longValue() == projectA.units()[0])
                .allMatch(n -> n.getString("unitLabel").equals("水电小区 1号楼 101"))
                .extracting(n -> n.getString("kind")).containsExactlyInAnyOrder("WATER", "ELECTRICITY", "ONLINE");

        // mapping again adds nothing; by convention the same NodeIds come out (building 1号楼 is "1")
        JsonObject again = ok(a.post("/api/v1/opcua/endpoints/" + endpointA + "/nodes/auto-map",
                Json.createObjectBuilder().add("source", "CONVENTION").build()));
        assertThat(again.getInt("found")).isEqualTo(18);
        assertThat(again.getInt("alreadyMapped")).isEqualTo(18);
        assertThat(again.getInt("mapped")).isZero();

        JsonArray connections = a.get("/api/v1/opcua/connections").array();
        assertThat(connections.getValuesAs(JsonObject.class))
                .anyMatch(c -> c.getJsonNumber("endpointId").longValue() == endpointA
                        && c.getString("state").equals("CONNECTED"));
        String health = Api.anonymous().get("/health/ready").body();
        assertThat(health).contains("\"opcua\"").contains("opcua." + codeA + "." + endpointA)
                .contains("\"status\":\"UP\"");
    }

    @Test
    void readingsFlagsAndDailyConsumptionAppear() {
        autoMapped();
        long resident = projectA.units()[0];
        long vacant = projectA.units()[1];
        long jumping = projectA.units()[4];

        JsonObject meters = await("the unit's three meters", Duration.ofSeconds(30),
                () -> ok(a.get("/api/v1/meters/units/" + resident)), m -> m.getJsonArray("meters").size() == 3);
        assertThat(meters.getString("unitLabel")).isEqualTo("水电小区 1号楼 101");
        JsonObject water = meters.getJsonArray("meters").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("kind").equals("WATER")).findFirst().orElseThrow();
        assertThat(water.getString("unit")).isEqualTo("m³");
        assertThat(water.getString("source")).isEqualTo("opcua:" + endpointA);
        assertThat(water.getString("nodeId")).isEqualTo("MTR.1.101.water");

        JsonObject kwh = await("electricity readings", Duration.ofSeconds(30),
                () -> readings(resident, "kind=ELECTRICITY&size=5"), r -> r.getInt("total") >= 3);
        List<JsonObject> items = kwh.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(Instant.parse(items.get(0).getString("sourceTime")))
                .as("newest first").isAfter(Instant.parse(items.get(1).getString("sourceTime")));
        assertThat(items.get(0).getJsonNumber("value").bigDecimalValue())
                .isGreaterThan(items.get(1).getJsonNumber("value").bigDecimalValue());
        assertThat(items.get(0).getJsonNumber("delta").bigDecimalValue()).isPositive();
        assertThat(items.get(0).getString("flag")).isEqualTo("NONE");

        // room 201's meters jump by 35 m³ / 420 kWh: stored, flagged, kept out of the consumption
        JsonObject flagged = await("the jump flagged", Duration.ofSeconds(120),
                () -> readings(jumping, "flagged=true"), r -> r.getInt("total") >= 2);
        assertThat(flagged.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(r -> r.getString("flag").equals("JUMP"))
                .extracting(r -> r.getString("kind")).contains("WATER", "ELECTRICITY");

        // a day passes in 24 s: the first full day has consumption, the jump's day a flagged consumption
        JsonArray days = await("two days of consumption", Duration.ofSeconds(90),
                () -> a.get("/api/v1/meters/units/" + resident + "/daily?kind=ELECTRICITY&" + AHEAD).array(),
                d -> d.size() >= 2);
        JsonObject day = days.getJsonObject(0);
        assertThat(day.getString("kind")).isEqualTo("ELECTRICITY");
        assertThat(day.getJsonNumber("consumption").bigDecimalValue()).isPositive();
        assertThat(day.getJsonNumber("lastValue").bigDecimalValue())
                .isGreaterThan(day.getJsonNumber("firstValue").bigDecimalValue());
        JsonArray jumpDays = a.get("/api/v1/meters/units/" + jumping + "/daily?kind=WATER&" + AHEAD).array();
        assertThat(jumpDays.getValuesAs(JsonObject.class))
                .anyMatch(d -> d.getJsonNumber("flaggedConsumption").bigDecimalValue().compareTo(new java.math.BigDecimal("35")) >= 0
                        && d.getInt("flags") >= 1);

        // nobody lives in 102: its water meter never moves, so its first value is its only reading
        JsonObject vacantWater = readings(vacant, "kind=WATER");
        assertThat(vacantWater.getInt("total")).isEqualTo(1);

        // one day of the project, every unit, on screen and in Excel
        String date = day.getString("day");
        JsonObject project = ok(a.get("/api/v1/meters/projects/" + projectA.id() + "/daily?date=" + date + "&size=10"));
        assertThat(project.getInt("total")).isEqualTo(6);
        JsonObject first = project.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("roomNumber")).isEqualTo("101");
        assertThat(first.getJsonObject("electricity").getJsonNumber("consumption").bigDecimalValue()).isPositive();
        HttpResponse<byte[]> xlsx = a.download("/api/v1/meters/projects/" + projectA.id() + "/daily.xlsx?date=" + date);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
    }

    @Test
    void afterTheGatewayRestartsReadingsResume() throws Exception {
        autoMapped();
        long resident = projectA.units()[0];
        await("readings flowing", Duration.ofSeconds(30), () -> readings(resident, "kind=ELECTRICITY&size=1"),
                r -> r.getInt("total") >= 2);

        sim.meters().stop();
        JsonObject lost = await("the loss shows", Duration.ofSeconds(60), OpcUaIT::endpoint,
                e -> !"CONNECTED".equals(e.getJsonObject("connection").getString("state")));
        assertThat(lost.getJsonObject("connection").getString("state")).isIn("CONNECTING", "ERROR");
        Thread.sleep(2_000); // the meters go on counting while the gateway is away
        Instant restarted = Instant.now();
        sim.meters().start();

        await("connected again", Duration.ofSeconds(90), OpcUaIT::endpoint,
                e -> "CONNECTED".equals(e.getJsonObject("connection").getString("state")));
        JsonObject after = await("readings after the restart", Duration.ofSeconds(60),
                () -> readings(resident, "kind=ELECTRICITY&size=3"),
                r -> r.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(x -> Instant.parse(x.getString("receivedAt")).isAfter(restarted)).count() >= 3);
        // what happened during the outage is in the first reading after it: a larger step, but no jump
        assertThat(after.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(x -> x.getString("flag").equals("NONE"));
    }

    @Test
    void anotherOperatorSeesNoneOfIt() throws Exception {
        autoMapped();
        long unit = projectA.units()[0];
        await("A has readings", Duration.ofSeconds(30), () -> readings(unit, "size=1"), r -> r.getInt("total") >= 1);
        assertThat(projectB.units()[0]).as("the same ids in both organizations").isEqualTo(unit);

        assertThat(ok(b.get("/api/v1/opcua/endpoints")).getInt("total")).isZero();
        assertThat(b.get("/api/v1/opcua/endpoints/" + endpointA).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/opcua/endpoints/" + endpointA + "/nodes").status()).isEqualTo(404);
        assertThat(b.put("/api/v1/opcua/endpoints/" + endpointA,
                OpcUaFixture.endpoint("x", "opc.tcp://127.0.0.1:1/x", projectB.id(), "X").build()).status()).isEqualTo(404);
        assertThat(b.delete("/api/v1/opcua/endpoints/" + endpointA).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/opcua/connections").array()).isEmpty();
        assertThat(ok(b.get("/api/v1/meters/units/" + unit)).getJsonArray("meters")).isEmpty();
        assertThat(ok(b.get("/api/v1/meters/units/" + unit + "/readings")).getInt("total")).isZero();
        assertThat(b.get("/api/v1/meters/units/" + unit + "/daily?from=2020-01-01&to=2020-12-31").array()).isEmpty();
        JsonObject day = ok(b.get("/api/v1/meters/projects/" + projectB.id() + "/daily?date="
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
        assertThat(day.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(u -> isNull(u.get("water")) && isNull(u.get("electricity")));

        try (Connection c = Db.openTestDatabase(); Statement st = c.createStatement()) {
            assertThat(count(st, "org_" + codeA + ".opcua_endpoint_aud")).as("A's audit").isGreaterThanOrEqualTo(1);
            assertThat(count(st, "org_" + codeB + ".opcua_endpoint_aud")).as("nothing in B's").isZero();
            assertThat(count(st, "org_" + codeA + ".meter_reading")).isPositive();
            assertThat(count(st, "org_" + codeB + ".meter_reading")).isZero();
            assertThat(count(st, "org_" + codeB + ".meter_daily")).isZero();
        }
    }

    private static boolean isNull(JsonValue v) {
        return v == null || v == JsonValue.NULL;
    }

    /** The simulated clock runs an hour a second: its days lie ahead of today. */
    static final String AHEAD = "from=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1)
            + "&to=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(200);

    private static long count(Statement st, String table) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aPasswordIsSealedAndNeverAnswered() throws Exception {
        Api.Reply r = a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("带密码的网关", "opc.tcp://127.0.0.1:1/anju",
                projectA.id(), "PW").add("username", "meter-reader").add("password", "s3cret-Pass").add("enabled", false)
                .build());
        JsonObject e = ok(r);
        long id = e.getJsonNumber("id").longValue();
        try {
            assertThat(r.body()).doesNotContain("s3cret-Pass");
            assertThat(e.getBoolean("hasPassword")).isTrue();
            assertThat(e.getString("username")).isEqualTo("meter-reader");
            assertThat(e.getJsonObject("connection").getString("state")).isEqualTo("DISCONNECTED");
            try (Connection c = Db.openTestDatabase(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT password_sealed FROM org_" + codeA + ".opcua_endpoint WHERE id = " + id)) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("pii1.").doesNotContain("s3cret");
            }
            // a change without a password keeps it
            JsonObject changed = ok(a.put("/api/v1/opcua/endpoints/" + id, OpcUaFixture.endpoint("带密码的网关",
                    "opc.tcp://127.0.0.1:2/anju", projectA.id(), "PW").add("username", "meter-reader")
                    .add("enabled", false).build()));
            assertThat(changed.getBoolean("hasPassword")).isTrue();
            JsonArray history = a.get("/api/v1/opcua/endpoints/" + id + "/history").array();
            assertThat(history.size()).isEqualTo(2);
            assertThat(history.toString()).doesNotContain("s3cret").doesNotContain("pii1.");
        } finally {
            a.delete("/api/v1/opcua/endpoints/" + id);
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String url = "opc.tcp://127.0.0.1:4841/anju";
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("坏地址", "http://127.0.0.1/x", projectA.id(), "X").build()), "url");
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("坏模式", url, projectA.id(), "X")
                .add("securityMode", "SIGN").build()), "securityMode");
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("坏项目", url, 987654321L, "X").build()), "projectId");
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("坏前缀", url, projectA.id(), "A.B").build()), "nodePrefix");
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("无密码", url, projectA.id(), "X")
                .add("username", "u").build()), "password");
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("1号楼表计网关", url, projectA.id(), "X").build()), "name");
        assertField(a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("", url, projectA.id(), "X").build()), "name");
        Api.Reply badPolicy = a.post("/api/v1/opcua/endpoints", OpcUaFixture.endpoint("坏策略", url, projectA.id(), "X")
                .add("securityPolicy", "AES128").build());
        assertThat(badPolicy.status()).as(badPolicy.toString()).isEqualTo(400);
        assertThat(badPolicy.isProblem()).isTrue();
        assertThat(ok(a.get("/api/v1/opcua/endpoints?q=坏")).getInt("total")).as("nothing half-written").isZero();

        assertField(a.post("/api/v1/opcua/endpoints/" + endpointA + "/nodes", Json.createObjectBuilder()
                .add("nodeId", "MTR.1.999.water").add("unitId", 987654321L).add("kind", "WATER").build()), "unitId");
        assertField(a.post("/api/v1/opcua/endpoints/" + endpointA + "/nodes", Json.createObjectBuilder()
                .add("nodeId", " ").add("unitId", projectA.units()[0]).add("kind", "WATER").build()), "nodeId");
        Api.Reply badKind = a.post("/api/v1/opcua/endpoints/" + endpointA + "/nodes", Json.createObjectBuilder()
                .add("nodeId", "MTR.1.101.gas").add("unitId", projectA.units()[0]).add("kind", "GAS").build());
        assertThat(badKind.status()).as(badKind.toString()).isEqualTo(400);
        assertThat(a.post("/api/v1/opcua/endpoints/987654321/nodes/auto-map",
                Json.createObjectBuilder().add("source", "BROWSE").build()).status()).isEqualTo(404);

        long unit = projectA.units()[0];
        assertField(a.get("/api/v1/meters/units/" + unit + "/readings?from=yesterday"), "from");
        assertField(a.get("/api/v1/meters/units/" + unit + "/daily?from=2026-02-01&to=2026-01-01"), "to");
        assertField(a.get("/api/v1/meters/units/" + unit + "/daily?from=2024-01-01&to=2026-01-01"), "to");
        assertField(a.get("/api/v1/meters/projects/" + projectA.id() + "/daily?date=2026-13-01"), "date");
        assertThat(a.get("/api/v1/meters/units/987654321").status()).isEqualTo(404);
        assertThat(a.get("/api/v1/meters/projects/987654321/daily").status()).isEqualTo(404);
        assertThat(a.get("/api/v1/meters/units/" + unit + "/readings?page=0").status()).isEqualTo(400);
    }

    private static void assertField(Api.Reply r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.fieldError(field)).as("error on %s: %s", field, r).isNotNull();
    }
}
