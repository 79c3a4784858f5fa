package org.anju.it.finance;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arrears and dunning (R6.4d), bank direct debit (R6.4b), deposits at move-out and the financial archive (R7.4d), on an
 * operator of their own (dunning settings and runs are per operator). Dates are relative to today so the tests hold
 * on any day: a bill of two months ago is at least 46 days overdue.
 */
class FinanceOperationsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static Leasing.Operator op;
    private static Api admin;
    private static String twoMonthsAgo;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("fops");
        admin = op.admin();
        twoMonthsAgo = YearMonth.now(SHANGHAI).minusMonths(2).toString();
    }

    private static LocalDate start() {
        return YearMonth.now(SHANGHAI).minusMonths(3).atDay(1);
    }

    private static void offsets(int... days) {
        var a = Json.createArrayBuilder();
        for (int d : days) {
            a.add(d);
        }
        ok(admin.put("/api/v1/finance/settings", Json.createObjectBuilder().add("dueDay", 15).add("dunningOffsets", a).build()));
    }

    @Test
    void dunningEscalatesOncePerLevelAndTheArrearsAreAged() {
        Leasing.Active a = Leasing.active(op, "催缴户", "201", "cui.jiao", start(), start().plusYears(3).minusDays(1));
        Finance.bill(admin, twoMonthsAgo);

        JsonObject arrears = ok(admin.get("/api/v1/finance/arrears"));
        JsonObject row = arrears.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("leaseId").longValue() == a.lease()).findFirst().orElseThrow();
        assertThat(row.getInt("daysOverdue")).isGreaterThanOrEqualTo(46);
        assertThat(row.getString("bucket")).isIn("D31_90", "D91_180");
        assertThat(row.getJsonNumber("d31To90").bigDecimalValue().add(row.getJsonNumber("d91To180").bigDecimalValue()))
                .isEqualByComparingTo(row.getJsonNumber("total").bigDecimalValue());

        offsets(1, 200, 300);
        JsonObject first = ok(admin.post("/api/v1/finance/daily-run", null));
        assertThat(first.getInt("sent")).isGreaterThanOrEqualTo(1);
        assertThat(ok(admin.post("/api/v1/finance/daily-run", null)).getInt("sent")).as("a rerun sends nothing").isZero();
        List<JsonObject> sent = history(a.lease());
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getInt("level")).isEqualTo(1);
        assertThat(sent.get(0).getString("channels")).isEqualTo("APP");
        assertThat(sent.get(0).getString("title")).startsWith("缴费提醒");

        offsets(1, 2, 300);
        ok(admin.post("/api/v1/finance/daily-run", null));
        sent = history(a.lease());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getInt("level")).isEqualTo(2);
        assertThat(sent.get(0).getString("channels")).contains("SMS");
        assertThat(admin.get("/api/v1/sms?phone=" + a.phone() + "&limit=5").array().stream()
                .anyMatch(s -> s.asJsonObject().getString("body").contains("欠费"))).isTrue();

        offsets(1, 2, 3);
        ok(admin.post("/api/v1/finance/daily-run", null));
        sent = history(a.lease());
        assertThat(sent.get(0).getInt("level")).isEqualTo(3);
        assertThat(sent.get(0).getString("title")).startsWith("最后催告");
        List<String> residentNotices = a.resident().get("/api/v1/notices?limit=50").array().stream()
                .map(n -> n.asJsonObject().getString("category")).filter("dunning"::equals).toList();
        assertThat(residentNotices).hasSize(3);
        // the resident reads the same history on the phone, newest (the final demand) first
        List<JsonObject> mine = a.resident().get("/api/v1/my/dunning").array().stream().map(JsonValue::asJsonObject).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine.get(0).getString("title")).startsWith("最后催告");
        assertThat(mine.get(0).getInt("daysOverdue")).isGreaterThanOrEqualTo(46);

        // Dunning history is part of the household's archive.
        JsonObject archive = ok(admin.get("/api/v1/households/" + a.household().getJsonNumber("id") + "/archive"));
        JsonObject dunning = section(archive, "finance-dunning");
        assertThat(dunning.getJsonArray("rows")).hasSize(3);
        offsets(3, 15, 30);
    }

    private static List<JsonObject> history(long lease) {
        return admin.get("/api/v1/finance/dunning?leaseId=" + lease).array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject section(JsonObject archive, String key) {
        return archive.getJsonArray("sections").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("key").equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + key + " in " + archive.getJsonArray("sections")));
    }

    @Test
    void directDebitRoundTripWithAFailedLineIsIdempotent() throws Exception {
        Leasing.Active paying = Leasing.active(op, "代扣甲", "202", "dai.jia", start(), start().plusYears(3).minusDays(1));
        Leasing.Active failing = Leasing.active(op, "代扣乙", "203", "dai.yi", start(), start().plusYears(3).minusDays(1));
        Finance.bill(admin, twoMonthsAgo);
        for (Leasing.Active a : List.of(paying, failing)) {
            ok(admin.put("/api/v1/finance/accounts/" + a.lease() + "/mandate", Json.createObjectBuilder().add("bankName", "工商银行杭州分行")
                    .add("accountHolder", "代扣户").add("accountNo", "6222 0202 0000 " + a.lease() % 10 + "234").add("signedOn", "2026-01-05").build()));
        }
        JsonObject mandate = ok(admin.get("/api/v1/finance/accounts/" + paying.lease() + "/mandate"));
        assertThat(mandate.getString("account")).startsWith("****").doesNotContain("6222");
        Api.Reply badAccount = admin.put("/api/v1/finance/accounts/" + paying.lease() + "/mandate", Json.createObjectBuilder()
                .add("bankName", "工商银行").add("accountHolder", "代扣户").add("accountNo", "12ab").add("signedOn", "2026-01-05").build());
        assertThat(badAccount.status()).isEqualTo(400);
        assertThat(badAccount.fieldError("accountNo")).isNotBlank();
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT account_no_sealed FROM org_" + op.code() + ".debit_mandate")) {
            while (r.next()) {
                assertThat(r.getString(1)).startsWith("pii1.").doesNotContain("6222");
            }
        }

        JsonObject batch = ok(admin.post("/api/v1/finance/debit-batches", Json.createObjectBuilder().add("period", twoMonthsAgo).build()));
        String number = batch.getString("number");
        JsonArray lines = batch.getJsonArray("lines");
        assertThat(lines.size()).isGreaterThanOrEqualTo(2);
        HttpResponse<byte[]> file = admin.download("/api/v1/finance/debit-batches/" + batch.getJsonNumber("id") + "/file.csv");
        assertThat(file.statusCode()).isEqualTo(200);
        String csv = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("序号,账号,户名,金额,业务参考号,备注").contains("6222020200").contains(number + "-1");
        assertThat(admin.get("/api/v1/privacy/access-log?subjectType=debit-batch").json().getInt("total")).isGreaterThanOrEqualTo(1);

        int paySeq = seqOf(lines, paying.lease());
        int failSeq = seqOf(lines, failing.lease());
        StringBuilder result = new StringBuilder("业务参考号,结果,失败原因,银行流水号\n");
        for (JsonValue v : lines) {
            int seq = v.asJsonObject().getInt("seq");
            result.append(number).append('-').append(seq).append(seq == failSeq ? ",F,余额不足," : ",S,,BK" + number + seq).append('\n');
        }
        Api.Reply broken = admin.postRaw("/api/v1/finance/debit-batches/" + batch.getJsonNumber("id") + "/result",
                result + number + "-999,S,,X\n", "text/csv");
        assertThat(broken.status()).as("an unknown reference refuses the whole file").isEqualTo(400);
        assertThat(ok(admin.get("/api/v1/finance/debit-batches/" + batch.getJsonNumber("id"))).getInt("paid")).isZero();

        JsonObject imported = ok(admin.postRaw("/api/v1/finance/debit-batches/" + batch.getJsonNumber("id") + "/result",
                result.toString(), "text/csv"));
        assertThat(imported.getInt("failed")).isEqualTo(1);
        assertThat(imported.getInt("paid")).isEqualTo(lines.size() - 1);
        JsonObject again = ok(admin.postRaw("/api/v1/finance/debit-batches/" + batch.getJsonNumber("id") + "/result",
                result.toString(), "text/csv"));
        assertThat(again.getInt("paid")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(lines.size());

        assertThat(Finance.onlyBill(admin, paying.lease(), twoMonthsAgo).getString("status")).isEqualTo("PAID");
        assertThat(Finance.onlyBill(admin, failing.lease(), twoMonthsAgo).getString("status")).isEqualTo("OPEN");
        JsonObject settled = ok(admin.get("/api/v1/finance/debit-batches/" + batch.getJsonNumber("id")));
        JsonObject failedLine = settled.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getInt("seq") == failSeq).findFirst().orElseThrow();
        assertThat(failedLine.getString("status")).isEqualTo("FAILED");
        assertThat(failedLine.getString("reason")).isEqualTo("余额不足");
        assertThat(paySeq).isNotEqualTo(failSeq);
    }

    private static int seqOf(JsonArray lines, long lease) {
        return lines.stream().map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("leaseId").longValue() == lease)
                .findFirst().orElseThrow().getInt("seq");
    }

    @Test
    void theDepositIsSettledAtMoveOutWithDeductionsAndArrearsThenRefunded() {
        Leasing.Active a = Leasing.active(op, "押金户", "204", "ya.jin", start(), start().plusYears(3).minusDays(1));
        Finance.bill(admin, twoMonthsAgo);
        JsonObject deposit = ok(admin.post("/api/v1/finance/accounts/" + a.lease() + "/deposit", Json.createObjectBuilder()
                .add("method", "TRANSFER").add("receiptNo", "DEP-" + a.lease()).build()));
        assertThat(deposit.getString("status")).isEqualTo("HELD");
        assertThat(deposit.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1365.00");
        BigDecimal owed = ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("balance").bigDecimalValue();
        assertThat(owed).isPositive();

        // Move-out in leasing hands the deposit to finance.
        ok(admin.post("/api/v1/leases/" + a.lease() + "/terminate", Json.createObjectBuilder().add("reason", "搬离")
                .add("moveOutOn", LocalDate.now(SHANGHAI).toString()).add("unitStatus", "VACANT")
                .add("checklist", Json.createObjectBuilder().add("keysReturned", true).add("devicesIntact", false)
                        .add("metersRead", true).add("feesSettled", false).add("damages", "门锁损坏")).build()));
        assertThat(ok(admin.get("/api/v1/finance/accounts/" + a.lease() + "/deposit")).getString("status")).isEqualTo("SETTLING");

        Api.Reply tooMuch = admin.post("/api/v1/finance/accounts/" + a.lease() + "/deposit/settle", Json.createObjectBuilder()
                .add("deductions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("item", "门锁").add("amount", new BigDecimal("5000"))))
                .build());
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.fieldError("deductions")).isNotBlank();

        JsonObject settled = ok(admin.post("/api/v1/finance/accounts/" + a.lease() + "/deposit/settle", Json.createObjectBuilder()
                .add("deductions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("item", "门锁更换").add("amount", new BigDecimal("300.00"))))
                .add("applyToArrears", true).build()));
        assertThat(settled.getJsonNumber("deducted").bigDecimalValue()).isEqualByComparingTo("300.00");
        BigDecimal toArrears = settled.getJsonNumber("toArrears").bigDecimalValue();
        assertThat(toArrears).isEqualByComparingTo(owed.min(new BigDecimal("1065.00")));
        assertThat(settled.getJsonNumber("refund").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("1065.00").subtract(toArrears));
        assertThat(ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo(owed.subtract(toArrears));
        assertThat(admin.post("/api/v1/finance/accounts/" + a.lease() + "/deposit/settle", Json.createObjectBuilder()
                .add("deductions", Json.createArrayBuilder()).build()).status()).as("settled once").isEqualTo(409);

        JsonObject refunded = ok(admin.post("/api/v1/finance/accounts/" + a.lease() + "/deposit/refund",
                Json.createObjectBuilder().add("reference", "TRF20261122001").build()));
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
    }

    @Test
    void theFinancialArchiveOfAHouseholdIsInItsArchiveAndExportsToExcel() {
        Leasing.Active a = Leasing.active(op, "档案户", "205", "dang.an", start(), start().plusYears(3).minusDays(1));
        Finance.bill(admin, twoMonthsAgo);
        ok(admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("100.00")).add("method", "CASH").add("receiptNo", "ARC-" + a.lease()).build()));
        long household = a.household().getJsonNumber("id").longValue();
        JsonObject archive = ok(admin.get("/api/v1/households/" + household + "/archive"));
        assertThat(section(archive, "finance-bills").getJsonArray("rows")).hasSize(1);
        assertThat(section(archive, "finance-payments").getJsonArray("rows").toString()).contains("100.00").contains("ARC-");
        assertThat(section(archive, "finance-summary").getJsonArray("rows").toString()).contains("应收合计");
        HttpResponse<byte[]> xlsx = admin.download("/api/v1/finance/households/" + household + "/archive.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        HttpResponse<byte[]> pdf = admin.download("/api/v1/households/" + household + "/archive.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
    }

    @Test
    void anOperatorMayAlsoPushBillsBySms() {
        ok(admin.put("/api/v1/finance/settings", Json.createObjectBuilder().add("dueDay", 15)
                .add("dunningOffsets", Json.createArrayBuilder().add(3).add(15).add(30)).add("smsBills", true).build()));
        try {
            Leasing.Active a = Leasing.active(op, "短信户", "206", "duan.xin", start(), start().plusYears(3).minusDays(1));
            String period = YearMonth.now(SHANGHAI).minusMonths(1).toString();
            Finance.bill(admin, period);
            assertThat(admin.get("/api/v1/sms?phone=" + a.phone() + "&limit=10").array().stream()
                    .map(v -> v.asJsonObject().getString("body")).anyMatch(b -> b.contains("月账单"))).isTrue();
        } finally {
            ok(admin.put("/api/v1/finance/settings", Json.createObjectBuilder().add("dueDay", 15)
                    .add("dunningOffsets", Json.createArrayBuilder().add(3).add(15).add(30)).add("smsBills", false).build()));
        }
    }
}
