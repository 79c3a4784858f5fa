package org.anju.it.leasing;

import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two operators side by side (isolation is sacred): households, leases, residents, the inbox, the SMS log and the audit
 * history of one never reach the other, even under the same ids; the Envers history of households and leases lives
 * in the owner's schema and names the changes.
 */
class LeasingIsolationIT {

    private static Leasing.Operator a;
    private static Leasing.Operator b;
    private static JsonObject householdA;
    private static JsonObject householdB;
    private static String idA;
    private static String phoneA;
    private static long leaseA;
    private static long leaseB;

    @BeforeAll
    static void setUp() {
        a = Leasing.operator("lsa");
        b = Leasing.operator("lsb");
        idA = Leasing.idNumber(1987);
        phoneA = Leasing.phone();
        householdA = Leasing.createHousehold(a.admin(), "甲住户", idA, phoneA);
        householdB = Leasing.createHousehold(b.admin(), "乙住户", Leasing.idNumber(1986), Leasing.phone());
        leaseA = id(Leasing.draft(a.admin(), id(householdA), Leasing.pendingUnit(a.admin(), "201")));
        leaseB = id(Leasing.draft(b.admin(), id(householdB), Leasing.pendingUnit(b.admin(), "201")));
        ok(Leasing.act(a.admin(), leaseA, "submit", null));
    }

    @Test
    void theSameIdsMeanEachOperatorsOwnRecords() {
        assertThat(id(householdA)).as("ids are per schema").isEqualTo(id(householdB));
        assertThat(leaseA).isEqualTo(leaseB);
        assertThat(ok(b.admin().get("/api/v1/households/" + id(householdA))).getJsonArray("members").toString())
                .contains("乙住户").doesNotContain("甲住户");
        assertThat(ok(b.admin().get("/api/v1/leases/" + leaseA)).getString("status")).isEqualTo("DRAFT");
        assertThat(ok(b.admin().get("/api/v1/leases/" + leaseA)).getString("applicantName")).isEqualTo("乙住户");
    }

    @Test
    void listsSearchesInboxAndSmsStayInsideTheOperator() {
        assertThat(b.admin().get("/api/v1/households?q=" + java.net.URLEncoder.encode("甲住户", java.nio.charset.StandardCharsets.UTF_8))
                .json().getInt("total")).isZero();
        assertThat(b.admin().get("/api/v1/households?idNumber=" + idA).json().getInt("total")).isZero();
        assertThat(a.admin().get("/api/v1/households?idNumber=" + idA).json().getInt("total")).isEqualTo(1);
        assertThat(b.admin().get("/api/v1/leases?size=200").body()).doesNotContain("甲住户");
        assertThat(b.admin().get("/api/v1/leases/inbox").json().getInt("total")).as("A's lease waits only in A's inbox").isZero();
        assertThat(a.admin().get("/api/v1/leases/inbox").json().getInt("total")).isEqualTo(1);
        assertThat(b.admin().get("/api/v1/households/" + id(householdA) + "/archive").body()).doesNotContain("甲住户");
        // The same person may be a household member with each operator: the blind index is keyed per operator.
        ok(b.admin().post("/api/v1/households", Leasing.household("甲住户", idA, Leasing.phone()).build()));
    }

    @Test
    void aTokenOfOneOperatorIsRefusedByTheOther() {
        Api.Reply crossed = a.admin().header("X-Anju-Organization", b.code()).get("/api/v1/households/" + id(householdB));
        assertThat(crossed.status()).isIn(401, 403);
        assertThat(crossed.body()).doesNotContain("乙住户");
    }

    @Test
    void enversHistoryOfHouseholdAndLeaseIsKeptInTheOwnersSchema() throws Exception {
        // A changes the household: category and income, with a reason.
        JsonObject h = ok(a.admin().get("/api/v1/households/" + id(householdA)));
        var members = Json.createArrayBuilder();
        for (JsonValue m : h.getJsonArray("members")) {
            JsonObject o = m.asJsonObject();
            members.add(Json.createObjectBuilder().add("id", o.getJsonNumber("id")).add("relation", o.getString("relation"))
                    .add("name", o.getString("name")).add("idType", o.getString("idType")).add("applicant", o.getBoolean("applicant")));
        }
        JsonObject updated = ok(a.admin().put("/api/v1/households/" + id(householdA), Json.createObjectBuilder()
                .add("eligibilityCategory", "SUBSISTENCE").add("incomeMonthly", new BigDecimal("1500.00"))
                .add("housingSituation", "无房").add("members", members).add("reason", "民政低保认定").build()));
        assertThat(updated.getString("eligibilityCategory")).isEqualTo("SUBSISTENCE");
        assertThat(Leasing.applicant(updated).getString("idNumber")).as("kept when omitted")
                .isEqualTo(idA.substring(0, 4) + "**********" + idA.substring(14));

        List<JsonObject> history = a.admin().get("/api/v1/households/" + id(householdA) + "/history").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history.toString()).contains("eligibilityCategory").contains("SUBSISTENCE").contains("民政低保认定")
                .doesNotContain(idA);
        assertThat(b.admin().get("/api/v1/households/" + id(householdB) + "/history").body())
                .doesNotContain("民政低保认定");

        List<JsonObject> leaseHistory = a.admin().get("/api/v1/leases/" + leaseA + "/history").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(leaseHistory.toString()).contains("PENDING_APPROVAL");
        assertThat(b.admin().get("/api/v1/leases/" + leaseB + "/history").body()).doesNotContain("PENDING_APPROVAL");

        assertThat(audRows("org_" + a.code(), "household_aud", id(householdA))).isGreaterThanOrEqualTo(2);
        assertThat(audRows("org_" + b.code(), "household_aud", id(householdB))).isEqualTo(1);
        assertThat(audRows("org_" + a.code(), "lease_aud", leaseA)).isGreaterThanOrEqualTo(2);
        assertThat(audRows("org_" + b.code(), "lease_aud", leaseB)).isEqualTo(1);
    }

    @Test
    void aResidentSeesOnlyTheirOwnHousehold() {
        Api residentA = Leasing.resident(a, householdA, "jia.resident");
        assertThat(ok(residentA.get("/api/v1/my/household")).getJsonArray("members").toString()).contains("甲住户");
        assertThat(residentA.get("/api/v1/households/" + id(householdA)).status()).as("staff API").isEqualTo(403);
        assertThat(residentA.get("/api/v1/my/leases/" + leaseA).status()).isEqualTo(200);
        JsonObject otherInA = Leasing.createHousehold(a.admin(), "丙住户", Leasing.idNumber(1979), Leasing.phone());
        long otherLease = id(Leasing.draft(a.admin(), id(otherInA), Leasing.pendingUnit(a.admin(), "202")));
        assertThat(residentA.get("/api/v1/my/leases/" + otherLease).status()).isEqualTo(404);
        assertThat(residentA.header("X-Anju-Organization", b.code()).get("/api/v1/my/household").status()).isIn(401, 403);
    }

    private static int audRows(String schema, String table, long id) throws Exception {
        try (Connection c = Db.openTestDatabase();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + schema + "." + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
