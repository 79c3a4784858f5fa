package org.anju.it.leasing;

import static org.anju.it.leasing.Leasing.act;
import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A lease from draft to move-out as staff and the resident see it (R6.2a1, R6.2a2, R6.3a, R6.3b, R7.4b, R7.4c): bad
 * input refused with nothing written, acknowledgement before signing, the SMS code, the signed PDF's SHA-256, check-in
 * turning the unit OCCUPIED on the status board, the archives, Envers history, reminders once per offset, termination.
 */
class LeaseLifecycleIT {

    private static Leasing.Operator op;
    private static Api admin;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("lease");
        admin = op.admin();
    }

    private static int count(String table) throws Exception {
        return count(table, "true");
    }

    private static int count(String table, String where) throws Exception {
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM org_" + op.code() + "." + table + " WHERE " + where)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsWritten() throws Exception {
        int households = count("household");
        int leases = count("lease");

        // An ID number whose check digit is wrong.
        String good = Leasing.idNumber(1990);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        Api.Reply invalidId = admin.post("/api/v1/households", Leasing.household("王五", bad, Leasing.phone()).build());
        assertThat(invalidId.status()).isEqualTo(400);
        assertThat(invalidId.isProblem()).isTrue();
        assertThat(invalidId.fieldError("members[0].idNumber")).isNotBlank();

        JsonObject household = Leasing.createHousehold(admin, "王五", good, Leasing.phone());
        long unit = Leasing.pendingUnit(admin, "101");
        long vacant = Leasing.pendingUnit(admin, "102");
        assertThat(admin.post("/api/v1/units/" + vacant + "/status", Json.createObjectBuilder().add("status", "VACANT")
                .add("reason", "配租取消").build()).status()).isEqualTo(200);

        Api.Reply unknownUnit = admin.post("/api/v1/leases", Leasing.leaseBody(id(household), 999_999).build());
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.fieldError("unitId")).isNotBlank();

        Api.Reply unknownHousehold = admin.post("/api/v1/leases", Leasing.leaseBody(999_999, unit).build());
        assertThat(unknownHousehold.status()).isEqualTo(400);
        assertThat(unknownHousehold.fieldError("householdId")).isNotBlank();

        Api.Reply notPending = admin.post("/api/v1/leases", Leasing.leaseBody(id(household), vacant).build());
        assertThat(notPending.status()).isEqualTo(409);
        assertThat(notPending.json().getString("code")).isEqualTo("unit-not-pending");
        assertThat(notPending.json().getString("unitStatus")).isEqualTo("VACANT");

        Api.Reply noRent = admin.post("/api/v1/leases", Leasing.leaseBody(id(household), unit).remove("monthlyRent").build());
        assertThat(noRent.status()).isEqualTo(400);
        assertThat(noRent.fieldError("monthlyRent")).isNotBlank();

        assertThat(count("household")).isEqualTo(households + 1);
        assertThat(count("lease")).isEqualTo(leases);

        // One open lease per unit: a second household cannot be drafted onto the same unit.
        Leasing.draft(admin, id(household), unit);
        JsonObject other = Leasing.createHousehold(admin, "赵六", Leasing.idNumber(1985), Leasing.phone());
        Api.Reply taken = admin.post("/api/v1/leases", Leasing.leaseBody(id(other), unit).build());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("code")).isEqualTo("unit-already-leased");
        assertThat(count("lease")).isEqualTo(leases + 1);
    }

    @Test
    void residentSignsAfterAcknowledgingThenCheckInOccupiesTheUnitAndMoveOutFreesIt() throws Exception {
        // A fee item of the operator's catalogue bound to the lease (R6.3b): property fee per m².
        JsonObject fee = ok(admin.post("/api/v1/fee-items", Json.createObjectBuilder().add("code", "PROP").add("name", "物业费")
                .add("category", "PROPERTY").add("cycle", "MONTHLY").add("rule", "PER_AREA")
                .add("amount", new java.math.BigDecimal("1.50")).add("unit", "元/㎡·月").build()));
        String phone = Leasing.phone();
        JsonObject household = Leasing.createHousehold(admin, "陈晓", Leasing.idNumber(1992), phone);
        long unit = Leasing.pendingUnit(admin, "501");
        JsonObject draft = ok(admin.post("/api/v1/leases", Leasing.leaseBody(id(household), unit)
                .add("fees", Json.createArrayBuilder().add(Json.createObjectBuilder().add("feeItemId", id(fee)))).build()));
        long lease = id(draft);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("fees").getJsonObject(0).getJsonNumber("amount").bigDecimalValue())
                .as("1.50 × 45.50 ㎡").isEqualByComparingTo("68.25");
        ok(act(admin, lease, "submit", null));
        ok(act(admin, lease, "approve", "同意"));

        Api resident = Leasing.resident(op, household, "chen.xiao");
        JsonObject mine = ok(resident.get("/api/v1/my/leases/" + lease));
        assertThat(mine.getJsonObject("lease").getString("status")).isEqualTo("APPROVED");
        assertThat(mine.getJsonObject("contract").getString("body")).contains("陈晓").doesNotContain("{{");
        assertThat(mine.getJsonObject("contract").getString("liabilityClauses")).isNotBlank();
        assertThat(mine.getBoolean("canSign")).isTrue();

        // Signing before acknowledging the clauses is refused, and the code is not even spent.
        String code = Leasing.signingCode(resident, admin, lease, phone);
        Api.Reply early = Leasing.sign(resident, lease, code);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("code")).isEqualTo("acknowledgement-missing");
        assertThat(early.json().getJsonArray("missing").toString()).contains("LIABILITY").contains("RETURN_CONDITIONS");
        assertThat(count("lease_signature", "lease_id = " + lease)).isZero();

        Leasing.acknowledgeAll(resident, lease);
        Api.Reply wrong = Leasing.sign(resident, lease, code.equals("000000") ? "111111" : "000000");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldError("code")).isNotBlank();
        assertThat(wrong.json().getInt("attemptsLeft")).isEqualTo(4);

        Api.Reply blank = resident.post("/api/v1/my/leases/" + lease + "/sign", Json.createObjectBuilder().add("code", code)
                .add("signature", "data:image/png;base64,AAAA").build());
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.fieldError("signature")).isNotBlank();

        JsonObject signed = ok(Leasing.sign(resident, lease, code));
        assertThat(signed.getString("status")).isEqualTo("SIGNED");
        String sha = signed.getJsonObject("signature").getString("pdfSha256");
        Api.Reply again = Leasing.sign(resident, lease, code);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("lease-already-signed");
        assertThat(count("lease_signature", "lease_id = " + lease)).isEqualTo(1);

        // The signed PDF is the one whose SHA-256 was stored; the evidence names device, IP and clause readings.
        HttpResponse<byte[]> pdf = admin.download("/api/v1/leases/" + lease + "/contract.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body()))).isEqualTo(sha);
        assertThat(pdf.headers().firstValue("X-Content-SHA256")).contains(sha);
        JsonObject evidence = ok(admin.get("/api/v1/leases/" + lease + "/evidence"));
        assertThat(evidence.getString("ip")).isNotBlank();
        assertThat(evidence.getString("codeSentTo")).contains("****").doesNotContain(phone);
        assertThat(evidence.getJsonArray("acknowledgements")).hasSize(2);

        // Check-in (R6.2a2): ACTIVE, the unit OCCUPIED on the status board with the masked occupant.
        long member = Leasing.applicant(household).getJsonNumber("id").longValue();
        Api.Reply noMembers = admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder()
                .add("movedInOn", LocalDate.now().toString()).add("memberIds", Json.createArrayBuilder()).build());
        assertThat(noMembers.status()).isEqualTo(400);
        JsonObject active = ok(admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder()
                .add("movedInOn", LocalDate.now().toString()).add("memberIds", Json.createArrayBuilder().add(member))
                .add("emergencyContact", "陈父 13900001111").build()));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        assertThat(admin.get("/api/v1/units/" + unit).json().getString("status")).isEqualTo("OCCUPIED");
        JsonObject cell = boardCell(Leasing.projectOf(admin, unit), unit);
        assertThat(cell.getString("status")).isEqualTo("OCCUPIED");
        assertThat(cell.getString("occupant")).isEqualTo("陈*");
        assertThat(cell.getString("leaseEnd")).isEqualTo(active.getString("endDate"));

        // One household one archive (R7.4b) and the unit archive's lease history.
        JsonObject archive = ok(admin.get("/api/v1/households/" + id(household) + "/archive"));
        assertThat(archive.getJsonArray("leases")).hasSize(1);
        assertThat(archive.getJsonArray("events").stream().map(v -> v.asJsonObject().getString("to")).toList())
                .containsSubsequence("DRAFT", "PENDING_APPROVAL", "APPROVED", "SIGNED", "ACTIVE");
        HttpResponse<byte[]> archivePdf = admin.download("/api/v1/households/" + id(household) + "/archive.pdf");
        assertThat(archivePdf.statusCode()).isEqualTo(200);
        assertThat(archivePdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(admin.get("/api/v1/units/" + unit + "/archive").body()).contains("lease-history").contains(active.getString("number"));

        // Envers history of the lease names the status changes.
        assertThat(admin.get("/api/v1/leases/" + lease + "/history").array()).hasSizeGreaterThanOrEqualTo(4);

        // Move-out: the checklist and reason recorded, the unit UNDER_REPAIR, the household moved out.
        Api.Reply noChecklist = admin.post("/api/v1/leases/" + lease + "/terminate", Json.createObjectBuilder()
                .add("reason", "主动退租").add("moveOutOn", LocalDate.now().toString()).add("unitStatus", "VACANT").build());
        assertThat(noChecklist.status()).isEqualTo(400);
        assertThat(noChecklist.fieldError("checklist")).isNotBlank();
        JsonObject ended = ok(admin.post("/api/v1/leases/" + lease + "/terminate", Json.createObjectBuilder()
                .add("reason", "主动退租").add("moveOutOn", LocalDate.now().plusDays(1).toString()).add("unitStatus", "UNDER_REPAIR")
                .add("checklist", Json.createObjectBuilder().add("keysReturned", true).add("devicesIntact", true)
                        .add("metersRead", true).add("feesSettled", false).add("damages", "卫生间门把手损坏")).build()));
        assertThat(ended.getString("status")).isEqualTo("TERMINATED");
        assertThat(ended.getString("endReason")).isEqualTo("主动退租");
        assertThat(admin.get("/api/v1/units/" + unit).json().getString("status")).isEqualTo("UNDER_REPAIR");
        assertThat(admin.get("/api/v1/households/" + id(household)).json().getString("status")).isEqualTo("MOVED_OUT");
        assertThat(act(admin, lease, "submit", null).status()).as("no way back from TERMINATED").isEqualTo(409);
    }

    private static JsonObject boardCell(long project, long unit) {
        JsonObject board = ok(admin.get("/api/v1/projects/" + project + "/status-board"));
        return board.getJsonArray("buildings").stream().flatMap(b -> b.asJsonObject().getJsonArray("rows").stream())
                .flatMap(r -> r.asJsonObject().getJsonArray("units").stream()).map(JsonValue::asJsonObject)
                .filter(u -> u.getJsonNumber("id").longValue() == unit).findFirst().orElseThrow();
    }

    @Test
    void cancelFromApprovedReleasesNothingAndIllegalTransitionsSayWhatIsAllowed() {
        JsonObject household = Leasing.createHousehold(admin, "刘一", Leasing.idNumber(1980), Leasing.phone());
        long unit = Leasing.pendingUnit(admin, "601");
        long lease = id(Leasing.draft(admin, id(household), unit));
        Api.Reply checkInDraft = admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder()
                .add("movedInOn", LocalDate.now().toString()).add("memberIds", Json.createArrayBuilder().add(1)).build());
        assertThat(checkInDraft.status()).isEqualTo(409);
        assertThat(checkInDraft.json().getString("code")).isEqualTo("lease-status-transition");
        assertThat(checkInDraft.json().getString("from")).isEqualTo("DRAFT");
        assertThat(checkInDraft.json().getJsonArray("allowed").toString()).contains("PENDING_APPROVAL").contains("CANCELLED");

        JsonObject cancelled = ok(act(admin, lease, "cancel", "家庭放弃配租"));
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(admin.get("/api/v1/units/" + unit).json().getString("status")).isEqualTo("PENDING_ALLOCATION");
        // The unit is free for another draft.
        JsonObject next = Leasing.createHousehold(admin, "刘二", Leasing.idNumber(1982), Leasing.phone());
        assertThat(Leasing.draft(admin, id(next), unit).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void renewalRemindersGoOncePerOffsetEvenWhenTheDailyRunRepeats() {
        ok(admin.put("/api/v1/leasing/settings", Json.createObjectBuilder()
                .add("reminderOffsets", Json.createArrayBuilder().add(90).add(60).add(30)).build()));
        Api.Reply badSettings = admin.put("/api/v1/leasing/settings", Json.createObjectBuilder()
                .add("reminderOffsets", Json.createArrayBuilder().add(0)).build());
        assertThat(badSettings.status()).isEqualTo(400);

        // A lease ending in 20 days: inside the 30-day offset.
        String phone = Leasing.phone();
        JsonObject household = Leasing.createHousehold(admin, "周七", Leasing.idNumber(1975), phone);
        long unit = Leasing.pendingUnit(admin, "701");
        long lease = id(ok(admin.post("/api/v1/leases", Leasing.leaseBody(id(household), unit)
                .add("startDate", LocalDate.now().minusMonths(11).toString())
                .add("endDate", LocalDate.now().plusDays(20).toString()).build())));
        ok(act(admin, lease, "submit", null));
        ok(act(admin, lease, "approve", null));
        Api resident = Leasing.resident(op, household, "zhou.qi");
        Leasing.acknowledgeAll(resident, lease);
        ok(Leasing.sign(resident, lease, Leasing.signingCode(resident, admin, lease, phone)));
        ok(admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder()
                .add("movedInOn", LocalDate.now().minusMonths(11).toString())
                .add("memberIds", Json.createArrayBuilder().add(Leasing.applicant(household).getJsonNumber("id"))).build()));

        JsonObject first = ok(admin.post("/api/v1/leasing/daily-run", null));
        assertThat(first.getInt("reminded")).isGreaterThanOrEqualTo(1);
        JsonObject second = ok(admin.post("/api/v1/leasing/daily-run", null));
        assertThat(second.getInt("reminded")).isZero();

        List<JsonObject> notices = resident.get("/api/v1/notices?limit=50").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("category").equals("lease-renewal")).toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).getString("title")).contains("到期");
        List<JsonObject> sms = admin.get("/api/v1/sms?phone=" + phone + "&limit=50").array().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("body").contains("到期")).toList();
        assertThat(sms).hasSize(1);
    }
}
