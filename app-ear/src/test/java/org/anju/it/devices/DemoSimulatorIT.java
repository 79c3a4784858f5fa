package org.anju.it.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.support.Api;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees after {@code ./mvnw -Prun package} (ADR 0021): the demo operator's project with households
 * living under active leases, locks registered, approved and online, door openings arriving in the access records, the
 * building gateway connected and meter readings arriving. Runs only against a server that reports the demo simulator
 * running in readiness ({@code demo.simulator = RUNNING}); the shared test server turns it off
 * ({@code ANJU_DEMO_SIMULATOR=false}) and this test is skipped there. Against a run server:
 * {@code ./mvnw -pl app-ear -P'!it' test-compile failsafe:integration-test failsafe:verify -Dit.test=DemoSimulatorIT -Dit.http.port=9080}.
 */
class DemoSimulatorIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    static Api admin;
    static long project;

    @BeforeAll
    static void demoSimulatorRunning() {
        JsonObject ready = Api.anonymous().get("/health/ready").json();
        String state = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> "demo".equals(c.getString("name"))).findFirst()
                .map(c -> c.getJsonObject("data").getString("simulator", "OFF")).orElse("OFF");
        Assumptions.assumeTrue(state.equals("RUNNING") || state.equals("STARTING"),
                "the server reports no demo simulator (demo.simulator = " + state + ")");
        eventually("the demo simulator running", () -> "RUNNING".equals(demoCheck().getString("simulator", "")));
        admin = Api.as("demo", "admin", "Demo@2026");
        JsonObject projects = admin.get("/api/v1/projects?q=" + URLEncoder.encode("安居家园", StandardCharsets.UTF_8)).json();
        assertThat(projects.getInt("total")).as("the demo project").isEqualTo(1);
        project = projects.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void householdsLiveThereUnderActiveLeasesOneUnitVacant() {
        eventually("11 active leases", () -> total("/api/v1/leases?status=ACTIVE&projectId=" + project) == 11);
        JsonObject counts = admin.get("/api/v1/projects/" + project).json().getJsonObject("counts");
        assertThat(counts.getInt("OCCUPIED")).isEqualTo(11);
        assertThat(counts.getInt("VACANT")).isEqualTo(1);
        JsonObject elderly = admin.get("/api/v1/households?q=" + URLEncoder.encode("赵桂兰", StandardCharsets.UTF_8))
                .json().getJsonArray("items").getJsonObject(0);
        assertThat(elderly.getBoolean("elderlyAlone")).isTrue();
        assertThat(elderly.getInt("memberCount")).isEqualTo(1);
        // personal data went through the household API: sealed at rest, masked in answers
        assertThat(elderly.getString("applicantIdNumber")).contains("*").doesNotContain("19460418");
        // the residents can sign in with the documented password
        Api resident = Api.as("demo", "r101", "Home@2026");
        assertThat(resident.get("/api/v1/my/household").status()).isEqualTo(200);
    }

    @Test
    void locksAreApprovedOnlineAndHoldTheResidentsKeys() {
        assertThat(total("/api/v1/devices?kind=SMART_LOCK&registration=APPROVED&projectId=" + project)).isEqualTo(12);
        // the simulator drops a lock off the network now and then (1 % a simulated day): most, not all
        eventually("locks online", () -> total("/api/v1/devices?kind=SMART_LOCK&online=true&projectId=" + project) >= 10);
        long unit101 = unitId("101");
        eventually("room 101's three members hold active keys", () ->
                admin.get("/api/v1/units/" + unit101 + "/lock-credentials?status=ACTIVE").array().size() == 3);
    }

    @Test
    void doorOpeningsArriveInTheAccessRecords() {
        String path = "/api/v1/access-records?projectId=" + project;
        int before = total(path);
        eventually("new access records", () -> total(path) > before);
        // once the keys have reached the locks, residents open with them: records name the household
        eventually("an opening by a resident's key", () -> admin.get(path + "&credentialKind=RESIDENT").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.containsKey("householdId")));
    }

    @Test
    void theGatewayIsConnectedAndReadingsArrive() {
        eventually("the gateway connected with every meter monitored", () -> {
            List<JsonObject> connections = admin.get("/api/v1/opcua/connections").array().stream()
                    .map(JsonValue::asJsonObject).toList();
            return connections.size() == 1 && "CONNECTED".equals(connections.get(0).getString("state"))
                    && connections.get(0).getInt("monitoredItems") == 36;
        });
        long unit101 = unitId("101");
        String readings = "/api/v1/meters/units/" + unit101 + "/readings?kind=ELECTRICITY";
        int before = total(readings);
        eventually("new electricity readings of room 101", () -> total(readings) > before);
    }

    private static long unitId(String room) {
        return admin.get("/api/v1/units?projectId=" + project + "&q=" + room).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(u -> room.equals(u.getString("roomNumber"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static int total(String path) {
        Api.Reply r = admin.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getInt("total");
    }

    private static JsonObject demoCheck() {
        return Api.anonymous().get("/health/ready").json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> "demo".equals(c.getString("name"))).findFirst().orElseThrow().getJsonObject("data");
    }

    private static void eventually(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
    }
}
