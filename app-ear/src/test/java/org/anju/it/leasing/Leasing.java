package org.anju.it.leasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;
import org.anju.it.support.Organizations;

/** Test data and steps of leasing, all through the API: households, pending units, leases, approvals and signing. */
public final class Leasing {

    public static final String RESIDENT_PASSWORD = "Temp@2026";
    public static final String RESIDENT_NEW_PASSWORD = "Home@2026x";
    private static final Pattern SIX_DIGITS = Pattern.compile("验证码\\D{0,3}(\\d{6})");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private Leasing() {
    }

    /** An operator freshly provisioned; {@code code} is its organization code. */
    public record Operator(String code, Api admin) {
    }

    public static Operator operator(String prefix) {
        String code = Api.uniqueCode(prefix);
        Organizations.provisionOperator(code);
        return new Operator(code, Api.as(code, "admin", Organizations.ADMIN_PASSWORD));
    }

    /** A valid 18-digit resident ID number (GB 11643 check digit) of someone born in Hangzhou in the given year. */
    public static String idNumber(int birthYear) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "330106" + birthYear + String.format("%02d%02d%03d", r.nextInt(1, 13), r.nextInt(1, 29), r.nextInt(1, 999));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    public static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static JsonObjectBuilder member(String relation, String name, String idNumber, String phone, boolean applicant) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("relation", relation).add("name", name)
                .add("idType", "RESIDENT_ID").add("idNumber", idNumber).add("applicant", applicant);
        if (phone != null) {
            b.add("phone", phone);
        }
        return b;
    }

    /** A household of an applicant and a spouse. */
    public static JsonObjectBuilder household(String applicantName, String applicantId, String applicantPhone) {
        return Json.createObjectBuilder().add("eligibilityCategory", "LOW_INCOME").add("incomeMonthly", new BigDecimal("2800.00"))
                .add("housingSituation", "无房，租住城中村").add("elderlyAlone", false)
                .add("members", Json.createArrayBuilder()
                        .add(member("SELF", applicantName, applicantId, applicantPhone, true))
                        .add(member("SPOUSE", "李娟", idNumber(1991), null, false)));
    }

    public static JsonObject createHousehold(Api api, String applicantName, String applicantId, String applicantPhone) {
        Api.Reply r = api.post("/api/v1/households", household(applicantName, applicantId, applicantPhone).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** A unit in a new project and building, moved to PENDING_ALLOCATION (配租待分配). */
    public static long pendingUnit(Api api, String room) {
        long project = Housing.project(api, "安居小区 " + room);
        long building = Housing.building(api, project, "1号楼", 9);
        long unit = Housing.unit(api, building, room, Integer.parseInt(room.substring(0, 1)), "45.50");
        Api.Reply status = Housing.status(api, unit, "PENDING_ALLOCATION", "配租结果");
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        return unit;
    }

    public static long projectOf(Api api, long unit) {
        return api.get("/api/v1/units/" + unit).json().getJsonNumber("projectId").longValue();
    }

    public static JsonObjectBuilder leaseBody(long household, long unit) {
        return Json.createObjectBuilder().add("householdId", household).add("unitId", unit)
                .add("startDate", LocalDate.now().plusDays(1).toString())
                .add("monthlyRent", new BigDecimal("682.50")).add("deposit", new BigDecimal("1365.00"))
                .add("rentCategory", "低收入");
    }

    public static JsonObject draft(Api api, long household, long unit) {
        Api.Reply r = api.post("/api/v1/leases", leaseBody(household, unit).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public static Api.Reply act(Api api, long lease, String action, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (reason != null) {
            b.add(action.equals("approve") || action.equals("submit") ? "comment" : "reason", reason);
        }
        return api.post("/api/v1/leases/" + lease + "/" + action, b.build());
    }

    public static JsonObject ok(Api.Reply r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.json();
    }

    /** Drafts, submits and approves (the operator's admin holds org_admin, named by the seeded STANDARD type). */
    public static JsonObject approvedLease(Api admin, long household, long unit) {
        long lease = draft(admin, household, unit).getJsonNumber("id").longValue();
        ok(act(admin, lease, "submit", null));
        JsonObject approved = ok(act(admin, lease, "approve", "同意"));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        return approved;
    }

    public static JsonObject applicant(JsonObject household) {
        return household.getJsonArray("members").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getBoolean("applicant")).findFirst().orElseThrow();
    }

    /** A resident account for the applicant, signed in and past the first-sign-in password change. */
    public static Api resident(Operator op, JsonObject household, String username) {
        long member = applicant(household).getJsonNumber("id").longValue();
        Api.Reply account = op.admin().post("/api/v1/households/" + household.getJsonNumber("id") + "/members/" + member + "/account",
                Json.createObjectBuilder().add("username", username).add("password", RESIDENT_PASSWORD).build());
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        Api first = Api.as(op.code(), username, RESIDENT_PASSWORD);
        Api.Reply beforeChange = first.get("/api/v1/my/household");
        assertThat(beforeChange.status()).as("the temporary password opens nothing but the change").isEqualTo(403);
        assertThat(beforeChange.json().getString("code")).isEqualTo("password-change-required");
        Api.Reply change = first.post("/api/v1/me/password", Json.createObjectBuilder()
                .add("currentPassword", RESIDENT_PASSWORD).add("newPassword", RESIDENT_NEW_PASSWORD).build());
        assertThat(change.status()).as(change.toString()).isEqualTo(204);
        return Api.as(op.code(), username, RESIDENT_NEW_PASSWORD);
    }

    public static void acknowledgeAll(Api resident, long lease) {
        for (String section : new String[] {"LIABILITY", "RETURN_CONDITIONS"}) {
            Api.Reply r = resident.post("/api/v1/my/leases/" + lease + "/acknowledgements",
                    Json.createObjectBuilder().add("section", section).build());
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }

    /** Asks for a signing code and reads it back from the development SMS log, as staff holding sms:read. */
    public static String signingCode(Api resident, Api staff, long lease, String phone) {
        Api.Reply sent = resident.post("/api/v1/my/leases/" + lease + "/signing-code", null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonArray sms = staff.get("/api/v1/sms?phone=" + phone + "&limit=1").array();
        assertThat(sms).isNotEmpty();
        Matcher m = SIX_DIGITS.matcher(sms.getJsonObject(0).getString("body"));
        assertThat(m.find()).as("a 6-digit code in %s", sms).isTrue();
        return m.group(1);
    }

    public static Api.Reply sign(Api resident, long lease, String code) {
        return resident.post("/api/v1/my/leases/" + lease + "/sign",
                Json.createObjectBuilder().add("code", code).add("signature", signaturePng()).build());
    }

    /** A handwritten-looking signature: a few strokes on a transparent canvas, as the phone's pad produces. */
    public static String signaturePng() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawLine(20, 80, 80, 30);
        g.drawLine(80, 30, 120, 90);
        g.drawArc(130, 30, 60, 50, 0, 270);
        g.drawLine(200, 40, 280, 85);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** A household living in its unit under an ACTIVE lease, with a signed-in resident. */
    public record Active(JsonObject household, long lease, long unit, Api resident, String phone) {
    }

    public static Active active(Operator op, String name, String room, String username, LocalDate start, LocalDate end) {
        Api admin = op.admin();
        String phone = phone();
        JsonObject household = createHousehold(admin, name, idNumber(1984), phone);
        long unit = pendingUnit(admin, room);
        long lease = id(ok(admin.post("/api/v1/leases", leaseBody(id(household), unit).add("startDate", start.toString())
                .add("endDate", end.toString()).build())));
        ok(act(admin, lease, "submit", null));
        ok(act(admin, lease, "approve", null));
        Api resident = resident(op, household, username);
        signAsResident(resident, admin, lease, phone);
        JsonObject active = ok(admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder()
                .add("movedInOn", start.toString())
                .add("memberIds", Json.createArrayBuilder().add(applicant(household).getJsonNumber("id"))).build()));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        return new Active(household, lease, unit, resident, phone);
    }

    /** Acknowledges both sections, asks for the code and signs: the lease as the resident's phone would. */
    public static JsonObject signAsResident(Api resident, Api staff, long lease, String phone) {
        acknowledgeAll(resident, lease);
        return ok(sign(resident, lease, signingCode(resident, staff, lease, phone)));
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
