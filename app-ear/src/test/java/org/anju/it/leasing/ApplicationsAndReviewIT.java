package org.anju.it.leasing;

import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What residents ask for online and staff decide (R6.2b1, R6.2b2, R6.2b3): renewal, change of income, swap of unit —
 * each approved into a successor lease the resident signs on the phone, linked to its predecessor — and the yearly
 * eligibility review whose results are kept per household and year.
 */
class ApplicationsAndReviewIT {

    private static Leasing.Operator op;
    private static Api admin;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("apps");
        admin = op.admin();
    }

    private static JsonObject apply(Api resident, JsonObject body) {
        Api.Reply r = resident.post("/api/v1/my/applications", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void renewalIsAppliedForApprovedAndSignedOnlineAndThePredecessorIsRenewed() {
        LocalDate end = LocalDate.now().plusDays(45);
        Leasing.Active a = Leasing.active(op, "冯续", "801", "feng.xu", end.minusYears(3).plusDays(1), end);

        JsonObject application = apply(a.resident(), Json.createObjectBuilder().add("type", "RENEWAL")
                .add("reason", "继续居住").add("renewalMonths", 36).build());
        assertThat(application.getString("status")).isEqualTo("SUBMITTED");
        Api.Reply second = a.resident().post("/api/v1/my/applications", Json.createObjectBuilder().add("type", "RENEWAL")
                .add("reason", "再次申请").build());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("code")).isEqualTo("application-open");

        JsonObject approved = ok(admin.post("/api/v1/applications/" + id(application) + "/approve",
                Json.createObjectBuilder().add("reason", "符合续租条件").build()));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        long renewal = approved.getJsonNumber("newLeaseId").longValue();
        JsonObject successor = ok(admin.get("/api/v1/leases/" + renewal));
        assertThat(successor.getString("kind")).isEqualTo("RENEWAL");
        assertThat(successor.getString("status")).isEqualTo("APPROVED");
        assertThat(successor.getJsonNumber("previousLeaseId").longValue()).isEqualTo(a.lease());
        assertThat(successor.getString("startDate")).isEqualTo(end.plusDays(1).toString());

        JsonObject signed = Leasing.signAsResident(a.resident(), admin, renewal, a.phone());
        assertThat(signed.getString("status")).as("a renewal is live once signed").isEqualTo("ACTIVE");
        assertThat(ok(admin.get("/api/v1/leases/" + a.lease())).getString("status")).isEqualTo("RENEWED");
        assertThat(admin.get("/api/v1/units/" + a.unit()).json().getString("status")).isEqualTo("OCCUPIED");
        assertThat(ok(admin.get("/api/v1/households/" + id(a.household()) + "/archive")).getJsonArray("applications"))
                .hasSize(1);
    }

    @Test
    void renewalTooEarlyIsRefused() {
        Leasing.Active a = Leasing.active(op, "褚早", "802", "chu.zao", LocalDate.now(), LocalDate.now().plusYears(2));
        Api.Reply early = a.resident().post("/api/v1/my/applications", Json.createObjectBuilder().add("type", "RENEWAL")
                .add("reason", "提前续租").build());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("code")).isEqualTo("renewal-too-early");
        assertThat(a.resident().get("/api/v1/my/applications").array()).isEmpty();
    }

    @Test
    void incomeChangeUpdatesTheHouseholdAndIsReSignedAsAChangedLease() {
        Leasing.Active a = Leasing.active(op, "卫变", "803", "wei.bian", LocalDate.now(), LocalDate.now().plusYears(3));
        JsonObject application = apply(a.resident(), Json.createObjectBuilder().add("type", "INCOME_CHANGE")
                .add("reason", "失业，收入下降").add("incomeMonthly", new BigDecimal("1200.00")).build());
        JsonObject approved = ok(admin.post("/api/v1/applications/" + id(application) + "/approve", Json.createObjectBuilder()
                .add("reason", "核实属实").add("eligibilityCategory", "SUBSISTENCE").add("monthlyRent", new BigDecimal("300.00")).build()));
        JsonObject household = ok(admin.get("/api/v1/households/" + id(a.household())));
        assertThat(household.getJsonNumber("incomeMonthly").bigDecimalValue()).isEqualByComparingTo("1200.00");
        assertThat(household.getString("eligibilityCategory")).isEqualTo("SUBSISTENCE");

        long change = approved.getJsonNumber("newLeaseId").longValue();
        JsonObject signed = Leasing.signAsResident(a.resident(), admin, change, a.phone());
        assertThat(signed.getString("kind")).isEqualTo("CHANGE");
        assertThat(signed.getString("status")).isEqualTo("ACTIVE");
        assertThat(signed.getJsonNumber("monthlyRent").bigDecimalValue()).isEqualByComparingTo("300.00");
        assertThat(ok(admin.get("/api/v1/leases/" + a.lease())).getString("status")).isEqualTo("CHANGED");
    }

    @Test
    void swapMovesTheHouseholdOldUnitVacantNewUnitOccupiedOneLinkedHistory() {
        Leasing.Active a = Leasing.active(op, "蒋换", "804", "jiang.huan", LocalDate.now(), LocalDate.now().plusYears(3));
        long project = Housing.project(admin, "调换小区");
        long newUnit = Housing.unit(admin, Housing.building(admin, project, "1号楼", 3), "101", 1, "38.00");
        JsonObject application = apply(a.resident(), Json.createObjectBuilder().add("type", "SWAP")
                .add("reason", "老人上下楼不便，申请一楼").add("preferredLayout", "一室一厅").build());

        Api.Reply occupiedTarget = admin.post("/api/v1/applications/" + id(application) + "/approve",
                Json.createObjectBuilder().add("unitId", a.unit()).build());
        assertThat(occupiedTarget.status()).isBetween(400, 409);
        assertThat(admin.get("/api/v1/applications/" + id(application)).json().getString("status")).isEqualTo("SUBMITTED");

        JsonObject approved = ok(admin.post("/api/v1/applications/" + id(application) + "/approve",
                Json.createObjectBuilder().add("unitId", newUnit).add("reason", "同意调换").build()));
        long swap = approved.getJsonNumber("newLeaseId").longValue();
        JsonObject signed = Leasing.signAsResident(a.resident(), admin, swap, a.phone());
        assertThat(signed.getString("kind")).isEqualTo("SWAP");
        assertThat(signed.getString("status")).isEqualTo("ACTIVE");
        assertThat(signed.getJsonNumber("unitId").longValue()).isEqualTo(newUnit);
        assertThat(admin.get("/api/v1/units/" + a.unit()).json().getString("status")).isEqualTo("VACANT");
        assertThat(admin.get("/api/v1/units/" + newUnit).json().getString("status")).isEqualTo("OCCUPIED");
        assertThat(ok(admin.get("/api/v1/leases/" + a.lease())).getString("status")).isEqualTo("CHANGED");
        List<Long> leaseIds = ok(admin.get("/api/v1/households/" + id(a.household()) + "/archive")).getJsonArray("leases")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(leaseIds).containsExactlyInAnyOrder(a.lease(), swap);
    }

    @Test
    void yearlyReviewDecisionsAreKeptPerHouseholdAndYear() {
        Leasing.Active pass = Leasing.active(op, "沈过", "805", "shen.guo", LocalDate.now(), LocalDate.now().plusYears(3));
        Leasing.Active fail = Leasing.active(op, "韩退", "806", "han.tui", LocalDate.now(), LocalDate.now().plusYears(3));
        int year = LocalDate.now().getYear();
        JsonObject campaign = ok(admin.post("/api/v1/review-campaigns", Json.createObjectBuilder().add("year", year)
                .add("name", year + " 年度资格复审").add("deadline", LocalDate.now().plusDays(30).toString()).build()));
        Api.Reply again = admin.post("/api/v1/review-campaigns", Json.createObjectBuilder().add("year", year)
                .add("name", "重复").add("deadline", LocalDate.now().plusDays(30).toString()).build());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("review-campaign-exists");

        // The resident fills the review form on the phone.
        List<JsonObject> mine = pass.resident().get("/api/v1/my/reviews").array().stream().map(JsonValue::asJsonObject).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getString("status")).isEqualTo("PENDING");
        Api.Reply incomplete = pass.resident().put("/api/v1/my/reviews/" + id(mine.get(0)), Json.createObjectBuilder()
                .add("incomeMonthly", new BigDecimal("2000")).build());
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.fieldError("memberCount")).isNotBlank();
        JsonObject submitted = ok(pass.resident().put("/api/v1/my/reviews/" + id(mine.get(0)), Json.createObjectBuilder()
                .add("incomeMonthly", new BigDecimal("1800.00")).add("memberCount", 2).add("housingSituation", "无其他住房").build()));
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");

        List<JsonObject> reviews = ok(admin.get("/api/v1/review-campaigns/" + id(campaign) + "/reviews?size=200"))
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        JsonObject passReview = reviews.stream().filter(r -> r.getJsonNumber("householdId").longValue() == id(pass.household()))
                .findFirst().orElseThrow();
        JsonObject failReview = reviews.stream().filter(r -> r.getJsonNumber("householdId").longValue() == id(fail.household()))
                .findFirst().orElseThrow();

        Api.Reply noCategory = admin.post("/api/v1/reviews/" + id(passReview) + "/decision",
                Json.createObjectBuilder().add("decision", "CHANGE_CATEGORY").build());
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.fieldError("categoryAfter")).isNotBlank();
        JsonObject changed = ok(admin.post("/api/v1/reviews/" + id(passReview) + "/decision", Json.createObjectBuilder()
                .add("decision", "CHANGE_CATEGORY").add("categoryAfter", "SUBSISTENCE").build()));
        assertThat(changed.getString("status")).isEqualTo("DECIDED");
        assertThat(changed.getString("categoryBefore")).isEqualTo("LOW_INCOME");
        assertThat(ok(admin.get("/api/v1/households/" + id(pass.household()))).getString("eligibilityCategory"))
                .isEqualTo("SUBSISTENCE");

        Api.Reply failNoReason = admin.post("/api/v1/reviews/" + id(failReview) + "/decision",
                Json.createObjectBuilder().add("decision", "FAIL").build());
        assertThat(failNoReason.status()).isEqualTo(400);
        assertThat(failNoReason.fieldError("reason")).isNotBlank();
        ok(admin.post("/api/v1/reviews/" + id(failReview) + "/decision", Json.createObjectBuilder()
                .add("decision", "FAIL").add("reason", "家庭已购房").build()));
        assertThat(ok(admin.get("/api/v1/households/" + id(fail.household()))).getString("status")).isEqualTo("EXITING");

        JsonObject archive = ok(admin.get("/api/v1/households/" + id(pass.household()) + "/archive"));
        JsonObject kept = archive.getJsonArray("reviews").getJsonObject(0);
        assertThat(kept.getInt("year")).isEqualTo(year);
        assertThat(kept.getString("decision")).isEqualTo("CHANGE_CATEGORY");
        assertThat(kept.getString("categoryAfter")).isEqualTo("SUBSISTENCE");
    }
}
