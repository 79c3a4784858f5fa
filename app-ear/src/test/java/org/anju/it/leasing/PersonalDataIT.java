package org.anju.it.leasing;

import static org.anju.it.leasing.Leasing.id;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Personal data protection at rest and in use (R8.2.1): ID numbers and phones sealed in the database (also in the
 * audit tables), masked in every answer, found by full ID number through the blind index, shown in clear only to
 * holders of {@code pii:read} who give a purpose, and every such read logged; key rotation keeps the data readable.
 */
class PersonalDataIT {

    private static Leasing.Operator op;
    private static Api admin;
    private static Api officer;
    private static String idNumber;
    private static String phone;
    private static JsonObject household;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("pii");
        admin = op.admin();
        ok(admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "officer").add("displayName", "租赁专员")
                .add("password", "Offi@2026x").add("roles", Json.createArrayBuilder().add("leasing_officer")).build()));
        officer = Api.as(op.code(), "officer", "Offi@2026x");
        idNumber = Leasing.idNumber(1990);
        phone = Leasing.phone();
        household = Leasing.createHousehold(admin, "孙丽", idNumber, phone);
    }

    private static List<String> rows(String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT row_to_json(t)::text FROM org_" + op.code() + "." + table + " t")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    @Test
    void theDatabaseHoldsNoPlaintextIdNumberOrPhoneNotEvenInTheAuditTables() throws Exception {
        List<String> members = rows("household_member");
        assertThat(members).isNotEmpty();
        assertThat(String.join("\n", members)).doesNotContain(idNumber).doesNotContain(phone).contains("\"id_number_sealed\":\"pii1.");
        List<String> audit = rows("household_member_aud");
        assertThat(audit).isNotEmpty();
        assertThat(String.join("\n", audit)).doesNotContain(idNumber).doesNotContain(phone);
    }

    @Test
    void everyAnswerIsMaskedWithoutPiiRead() {
        JsonObject applicant = Leasing.applicant(household);
        String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
        assertThat(applicant.getString("idNumber")).isEqualTo(masked);
        assertThat(applicant.getString("phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(household.getBoolean("masked")).isTrue();

        JsonObject fetched = ok(officer.get("/api/v1/households/" + id(household)));
        assertThat(fetched.toString()).doesNotContain(idNumber).doesNotContain(phone);
        JsonObject list = ok(officer.get("/api/v1/households?size=50"));
        assertThat(list.toString()).doesNotContain(idNumber).contains(masked);
        assertThat(officer.get("/api/v1/households/" + id(household) + "/history").body()).doesNotContain(idNumber);
        assertThat(officer.get("/api/v1/households/" + id(household) + "/archive").body()).doesNotContain(idNumber);

        // Asking for clear text without pii:read is refused, not silently masked.
        Api.Reply refused = officer.get("/api/v1/households/" + id(household) + "?purpose=" + enc("核对身份"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theFullIdNumberFindsTheHouseholdThroughTheBlindIndex() {
        JsonObject found = ok(officer.get("/api/v1/households?idNumber=" + idNumber));
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id(household));
        String other = Leasing.idNumber(1990);
        assertThat(ok(officer.get("/api/v1/households?idNumber=" + other)).getInt("total")).isZero();
        // A person cannot be in two households at once.
        Api.Reply twice = admin.post("/api/v1/households", Leasing.household("孙丽", idNumber, Leasing.phone()).build());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("member-in-other-household");
    }

    @Test
    void anUnmaskedReadNeedsAPurposeAndIsLogged() {
        Api.Reply noPurposeTooShort = admin.get("/api/v1/households/" + id(household) + "?purpose=x");
        assertThat(noPurposeTooShort.status()).isEqualTo(400);
        assertThat(noPurposeTooShort.fieldError("purpose")).isNotBlank();

        JsonObject clear = ok(admin.get("/api/v1/households/" + id(household) + "?purpose=" + enc("签约前核对身份证件")));
        assertThat(clear.getBoolean("masked")).isFalse();
        assertThat(Leasing.applicant(clear).getString("idNumber")).isEqualTo(idNumber);
        assertThat(Leasing.applicant(clear).getString("phone")).isEqualTo(phone);

        List<JsonObject> log = ok(admin.get("/api/v1/privacy/access-log?subjectType=household&subjectId=" + id(household)))
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertThat(log).isNotEmpty();
        JsonObject entry = log.get(0);
        assertThat(entry.getString("actor")).startsWith("admin");
        assertThat(entry.getString("purpose")).isEqualTo("签约前核对身份证件");
        assertThat(entry.getJsonArray("fields").toString()).contains("idNumber");
        assertThat(officer.get("/api/v1/privacy/access-log").status()).as("the log itself needs pii:audit").isEqualTo(403);
    }

    @Test
    void rotatingTheKeyResealsAndEverythingStaysReadable() throws Exception {
        String before = rows("household_member").get(0);
        JsonObject rotated = ok(admin.post("/api/v1/privacy/keys/rotate", null));
        assertThat(rotated.getInt("version")).isGreaterThanOrEqualTo(2);
        assertThat(rotated.getInt("resealed")).isGreaterThanOrEqualTo(2);
        assertThat(rows("household_member")).doesNotContain(before);
        JsonObject clear = ok(admin.get("/api/v1/households/" + id(household) + "?purpose=" + enc("密钥轮换后核对")));
        assertThat(Leasing.applicant(clear).getString("idNumber")).isEqualTo(idNumber);
        assertThat(ok(officer.get("/api/v1/households?idNumber=" + idNumber)).getInt("total")).isEqualTo(1);
        assertThat(officer.post("/api/v1/privacy/keys/rotate", null).status()).isEqualTo(403);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
