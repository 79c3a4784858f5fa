package org.anju.it.leasing;

import static org.anju.it.leasing.Leasing.act;
import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approval workflow configured per lease type (R6.3c) and recorded on the lease (R7.4c): "any one" and "all"
 * steps, distinct users for "all", reject with reason, return for changes and resubmit, and users outside the step
 * refused — each seen as the approvers would see it through the API.
 */
class ApprovalFlowIT {

    private static final String PASSWORD = "Appr@2026x";

    private static Leasing.Operator op;
    private static Api approver1;
    private static Api approver2;
    private static Api finance;
    private static Api both;
    private static Api officer;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("appr");
        Api admin = op.admin();
        ok(admin.post("/api/v1/roles", Json.createObjectBuilder().add("code", "finance_reviewer").add("name", "财务复核")
                .add("permissions", Json.createArrayBuilder().add("lease:read").add("lease:approve")).build()));
        approver1 = user(admin, "zhao.approver", "lease_approver");
        approver2 = user(admin, "qian.approver", "lease_approver");
        finance = user(admin, "sun.finance", "finance_reviewer");
        both = user(admin, "li.both", "lease_approver", "finance_reviewer");
        officer = user(admin, "zhou.officer", "leasing_officer");
        // 人才公寓合同: step 1 any approver, step 2 an approver AND a finance reviewer.
        JsonObject type = ok(admin.post("/api/v1/lease-types", Json.createObjectBuilder().add("code", "TALENT")
                .add("name", "人才公寓合同").add("templateCode", "STANDARD").add("defaultTermMonths", 24)
                .add("steps", Json.createArrayBuilder()
                        .add(step(1, "部门审核", "ANY", "lease_approver"))
                        .add(step(2, "联合审批", "ALL", "lease_approver", "finance_reviewer")))
                .build()));
        assertThat(type.getJsonArray("steps")).hasSize(2);
    }

    private static Api user(Api admin, String username, String... roles) {
        JsonArrayBuilder r = Json.createArrayBuilder();
        List.of(roles).forEach(r::add);
        ok(admin.post("/api/v1/users", Json.createObjectBuilder().add("username", username).add("displayName", username)
                .add("password", PASSWORD).add("roles", r).build()));
        return Api.as(op.code(), username, PASSWORD);
    }

    private static JsonObject step(int no, String name, String mode, String... roles) {
        JsonArrayBuilder r = Json.createArrayBuilder();
        List.of(roles).forEach(r::add);
        return Json.createObjectBuilder().add("stepNo", no).add("name", name).add("mode", mode).add("roles", r).build();
    }

    private static long talentLease(String room) {
        Api admin = op.admin();
        long unit = Leasing.pendingUnit(admin, room);
        JsonObject household = Leasing.createHousehold(admin, "张" + room, Leasing.idNumber(1988), Leasing.phone());
        JsonObject lease = ok(admin.post("/api/v1/leases", Leasing.leaseBody(id(household), unit)
                .add("leaseTypeCode", "TALENT").build()));
        assertThat(lease.getJsonObject("leaseType").getString("code")).isEqualTo("TALENT");
        return id(lease);
    }

    private static String status(long lease) {
        return op.admin().get("/api/v1/leases/" + lease).json().getString("status");
    }

    private static boolean inInbox(Api api, long lease) {
        return api.get("/api/v1/leases/inbox?size=200").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == lease);
    }

    @Test
    void anyStepThenAllStepNeedsEveryRoleFromDistinctUsers() {
        long lease = talentLease("301");
        ok(act(op.admin(), lease, "submit", "请审批"));
        assertThat(status(lease)).isEqualTo("PENDING_APPROVAL");

        // A leasing officer holds no lease:approve at all; a finance reviewer is not named by step 1.
        assertThat(act(officer, lease, "approve", null).status()).isEqualTo(403);
        Api.Reply notYours = act(finance, lease, "approve", null);
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.json().getString("code")).isEqualTo("approval-not-your-step");
        assertThat(inInbox(finance, lease)).isFalse();
        assertThat(inInbox(approver1, lease)).isTrue();

        // Step 1 (ANY): one approver passes it.
        JsonObject afterStep1 = ok(act(approver1, lease, "approve", "材料齐全"));
        assertThat(afterStep1.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(afterStep1.getJsonObject("approval").getInt("currentStep")).isEqualTo(2);

        // Step 2 (ALL): the user holding both roles counts for one of them only, and cannot decide twice.
        JsonObject half = ok(act(both, lease, "approve", null));
        assertThat(half.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(half.getJsonObject("approval").getInt("currentStep")).isEqualTo(2);
        Api.Reply twice = act(both, lease, "approve", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("approval-already-decided");

        // The role left open is whichever "both" did not take; a holder of that role completes the step.
        JsonObject step2 = half.getJsonObject("approval").getJsonArray("steps").getJsonObject(1);
        String taken = step2.getJsonArray("decisions").getJsonObject(0).getString("role");
        Api last = taken.equals("lease_approver") ? finance : approver2;
        JsonObject approved = ok(act(last, lease, "approve", "同意"));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getJsonObject("approval").getJsonArray("steps").getJsonObject(1).getString("state")).isEqualTo("DONE");
        assertThat(approved.getJsonObject("approval").getJsonArray("steps").getJsonObject(1).getJsonArray("decisions"))
                .hasSize(2);

        // Every transition is a recorded event with its actor (R7.4c).
        List<String> to = op.admin().get("/api/v1/leases/" + lease + "/events").array().stream()
                .map(v -> v.asJsonObject().getString("to")).toList();
        assertThat(to).containsSubsequence("DRAFT", "PENDING_APPROVAL", "APPROVED");
    }

    @Test
    void returnForChangesThenResubmitStartsANewRoundThenRejectIsFinal() {
        long lease = talentLease("302");
        ok(act(op.admin(), lease, "submit", null));

        Api.Reply noReason = approver1.post("/api/v1/leases/" + lease + "/return", Json.createObjectBuilder().build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isNotBlank();

        JsonObject returned = ok(act(approver1, lease, "return", "月租金与配租结果不符"));
        assertThat(returned.getString("status")).isEqualTo("DRAFT");

        // Edited and submitted again: a new round from step 1 where earlier decisions no longer count.
        ok(op.admin().put("/api/v1/leases/" + lease, Leasing.leaseBody(0, 0).remove("householdId").remove("unitId")
                .add("leaseTypeCode", "TALENT").add("monthlyRent", new java.math.BigDecimal("700.00")).build()));
        JsonObject resubmitted = ok(act(op.admin(), lease, "submit", "已修改"));
        assertThat(resubmitted.getJsonObject("approval").getInt("round")).isEqualTo(2);
        assertThat(resubmitted.getJsonObject("approval").getInt("currentStep")).isEqualTo(1);
        assertThat(resubmitted.getJsonNumber("monthlyRent").bigDecimalValue()).isEqualByComparingTo("700.00");
        assertThat(inInbox(approver1, lease)).as("approver 1 decided in round 1 only").isTrue();

        ok(act(approver2, lease, "approve", null));
        JsonObject rejected = ok(act(finance, lease, "reject", "收入超标"));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");

        // Rejection is final: nobody decides any more, and the reason is on the record.
        Api.Reply after = act(approver1, lease, "approve", null);
        assertThat(after.status()).isEqualTo(409);
        List<JsonObject> events = op.admin().get("/api/v1/leases/" + lease + "/events").array().stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject last = events.get(events.size() - 1);
        assertThat(last.getString("to")).isEqualTo("REJECTED");
        assertThat(last.getString("reason")).contains("收入超标");
        assertThat(last.getString("actor")).startsWith("sun.finance");
        assertThat(events.stream().map(e -> e.getString("to")).toList())
                .containsSubsequence("PENDING_APPROVAL", "DRAFT", "PENDING_APPROVAL", "REJECTED");
    }

    @Test
    void aLeaseTypeStepMustNameExistingRolesInOrder() {
        Api.Reply unknownRole = op.admin().post("/api/v1/lease-types", Json.createObjectBuilder().add("code", "TEMP")
                .add("name", "临时安置").add("templateCode", "STANDARD").add("defaultTermMonths", 6)
                .add("steps", Json.createArrayBuilder().add(step(1, "审批", "ANY", "no_such_role"))).build());
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.isProblem()).isTrue();
        assertThat(unknownRole.body()).contains("steps[0].roles");
        assertThat(op.admin().get("/api/v1/lease-types").array().stream()
                .noneMatch(v -> v.asJsonObject().getString("code").equals("TEMP"))).isTrue();
    }
}
