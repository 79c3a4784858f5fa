package org.anju.it.finance;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Corrections and the daily reconciliation (R7.4d, R6.4b): a bill written off, a write-off, a charge and a counter
 * payment reversed, always by a new ledger entry (the posted ones never change), by someone holding finance:approve,
 * once whatever the retries; the day's reconciliation of channels against the ledger; two operators apart.
 */
class CorrectionsIT {

    private static Leasing.Operator op;
    private static Api admin;
    private static Api officer;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("corr");
        admin = op.admin();
        ok(admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "officer").add("displayName", "财务专员")
                .add("password", "Offi@2026x").add("roles", Json.createArrayBuilder().add("finance_officer")).build()));
        officer = Api.as(op.code(), "officer", "Offi@2026x");
    }

    private static JsonObject reason(String why) {
        return Json.createObjectBuilder().add("reason", why).build();
    }

    private static List<JsonObject> ledger(long lease) {
        return admin.get("/api/v1/ledger?leaseId=" + lease).array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject entry(long lease, String kind, String key, long id) {
        return ledger(lease).stream().filter(e -> e.getString("kind").equals(kind) && e.containsKey(key) && !e.isNull(key)
                && e.getJsonNumber(key).longValue() == id).findFirst().orElseThrow(() -> new AssertionError(kind + " of " + id));
    }

    private static BigDecimal balance(long lease) {
        return ok(admin.get("/api/v1/finance/accounts/" + lease)).getJsonNumber("balance").bigDecimalValue();
    }

    private static long count(String where) throws Exception {
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM org_" + op.code() + ".ledger_entry WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aBillIsWrittenOffByAnApproverOnceAndTheWriteOffCanBeReversed() throws Exception {
        Leasing.Active a = Leasing.active(op, "核销户", "301", "he.xiao", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject bill = Finance.onlyBill(admin, a.lease(), "2026-10");
        long billId = bill.getJsonNumber("id").longValue();
        ok(admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("100.00")).add("method", "CASH").add("receiptNo", "WO-" + a.lease()).build()));
        BigDecimal before = balance(a.lease());
        assertThat(before).isEqualByComparingTo("650.75");

        Api.Reply notAllowed = officer.post("/api/v1/bills/" + billId + "/write-off", reason("无法联系承租人"));
        assertThat(notAllowed.status()).as("an officer collects; writing off needs finance:approve").isEqualTo(403);
        Api.Reply noReason = admin.post("/api/v1/bills/" + billId + "/write-off", reason(" "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isNotBlank();

        JsonObject written = ok(admin.post("/api/v1/bills/" + billId + "/write-off", reason("承租人已故，无可执行财产")));
        assertThat(written.getString("status")).isEqualTo("WRITTEN_OFF");
        JsonObject again = ok(admin.post("/api/v1/bills/" + billId + "/write-off", reason("承租人已故，无可执行财产")));
        assertThat(again.getString("status")).isEqualTo("WRITTEN_OFF");
        assertThat(count("kind = 'WRITE_OFF' AND bill_id = " + billId)).as("a retry writes off nothing more").isEqualTo(1);
        JsonObject writeOff = entry(a.lease(), "WRITE_OFF", "billId", billId);
        assertThat(writeOff.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-650.75");
        assertThat(writeOff.getString("memo")).contains("承租人已故");
        assertThat(balance(a.lease())).isEqualByComparingTo("0.00");
        assertThat(ok(admin.get("/api/v1/bills?leaseId=" + a.lease() + "&overdue=true")).getInt("total")).isZero();

        long writeOffId = writeOff.getJsonNumber("id").longValue();
        JsonObject reversal = ok(admin.post("/api/v1/ledger/" + writeOffId + "/reversal", reason("找到承租人继承人，恢复追缴")));
        assertThat(reversal.getString("kind")).isEqualTo("REVERSAL");
        assertThat(reversal.getJsonNumber("reversesId").longValue()).isEqualTo(writeOffId);
        assertThat(reversal.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("650.75");
        JsonObject retried = ok(admin.post("/api/v1/ledger/" + writeOffId + "/reversal", reason("找到承租人继承人，恢复追缴")));
        assertThat(retried.getJsonNumber("id").longValue()).as("reversed once").isEqualTo(reversal.getJsonNumber("id").longValue());
        JsonObject reopened = ok(admin.get("/api/v1/bills/" + billId));
        assertThat(reopened.getString("status")).isEqualTo("PARTIAL");
        assertThat(reopened.getJsonNumber("outstanding").bigDecimalValue()).isEqualByComparingTo("650.75");
        assertThat(balance(a.lease())).isEqualByComparingTo(before);

        Api.Reply reverseReversal = admin.post("/api/v1/ledger/" + reversal.getJsonNumber("id") + "/reversal", reason("再冲"));
        assertThat(reverseReversal.status()).isEqualTo(409);
        assertThat(reverseReversal.json().getString("code")).isEqualTo("entry-not-reversible");
        // the posted entries themselves are untouched
        assertThat(entry(a.lease(), "WRITE_OFF", "billId", billId).getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("-650.75");
    }

    @Test
    void aCounterPaymentEnteredInErrorIsReversedAndItsBillsOweAgain() throws Exception {
        Leasing.Active a = Leasing.active(op, "冲正户", "302", "chong.zheng", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-09");
        Finance.bill(admin, "2026-10");
        JsonObject paid = ok(admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("1200.00")).add("method", "POS").add("receiptNo", "RV-" + a.lease()).build()));
        long paymentId = paid.getJsonNumber("id").longValue();
        assertThat(Finance.onlyBill(admin, a.lease(), "2026-10").getString("status")).isEqualTo("PAID");
        JsonObject payment = entry(a.lease(), "PAYMENT", "paymentId", paymentId);

        JsonObject charge = entry(a.lease(), "CHARGE", "billId", Finance.onlyBill(admin, a.lease(), "2026-09").getJsonNumber("id").longValue());
        Api.Reply paidCharge = admin.post("/api/v1/ledger/" + charge.getJsonNumber("id") + "/reversal", reason("重复出账"));
        assertThat(paidCharge.status()).isEqualTo(409);
        assertThat(paidCharge.json().getString("code")).isEqualTo("bill-has-payments");

        JsonObject reversal = ok(admin.post("/api/v1/ledger/" + payment.getJsonNumber("id") + "/reversal", reason("POS 交易已撤销，录入有误")));
        assertThat(reversal.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1200.00");
        JsonObject after = ok(admin.get("/api/v1/payments/" + paymentId));
        assertThat(after.getString("status")).isEqualTo("REVERSED");
        assertThat(after.getJsonNumber("credit").bigDecimalValue()).as("a reversed payment holds no credit").isEqualByComparingTo("0");
        assertThat(Finance.onlyBill(admin, a.lease(), "2026-09").getString("status")).isEqualTo("OPEN");
        assertThat(Finance.onlyBill(admin, a.lease(), "2026-10").getString("status")).isEqualTo("OPEN");
        assertThat(balance(a.lease())).isEqualByComparingTo("1126.13");

        // now nothing is paid on September: its charge, issued in error, is cancelled by a reversal
        JsonObject cancelled = ok(admin.post("/api/v1/ledger/" + charge.getJsonNumber("id") + "/reversal", reason("入住前账单，误出")));
        assertThat(cancelled.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-375.38");
        assertThat(Finance.onlyBill(admin, a.lease(), "2026-09").getString("status")).isEqualTo("CANCELLED");
        assertThat(balance(a.lease())).isEqualByComparingTo("750.75");
        assertThat(Finance.bill(admin, "2026-09").getInt("created")).as("a cancelled period is not billed again").isZero();

        // the monthly report counts a reversal as what it reverses
        String month = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        long project = ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("projectId").longValue();
        JsonObject monthly = admin.get("/api/v1/finance/reports/monthly?month=" + month + "&projectId=" + project).array()
                .getJsonObject(0);
        assertThat(monthly.getJsonNumber("collected").bigDecimalValue()).as("the reversed 1200 is not collected")
                .isLessThan(new BigDecimal("1200.00"));
    }

    @Test
    void onlineMoneyIsRefundedNotReversedAndTheDaysReconciliationMatchesChannelsToTheLedger() throws Exception {
        Leasing.Active a = Leasing.active(op, "对账户", "303", "dui.zhang", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject bill = Finance.onlyBill(admin, a.lease(), "2026-10");
        JsonObject order = ok(a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(bill.getJsonNumber("id"))).add("channel", "SANDBOX").build()));
        String orderNo = order.getString("orderNo");
        String amount = order.getJsonNumber("amount").bigDecimalValue().toPlainString();
        String body = Finance.notification(orderNo, amount, "SUCCESS");
        long now = Instant.now().getEpochSecond();
        assertThat(Finance.notify(op.code(), body, Finance.signature("forger", now, body)).status()).isEqualTo(401);
        assertThat(Finance.notify(op.code(), body, Finance.signature(op.code(), now, body)).status()).isEqualTo(200);
        long paymentId = ok(a.resident().get("/api/v1/my/payments/" + orderNo)).getJsonNumber("id").longValue();
        Api.Reply online = admin.post("/api/v1/ledger/" + entry(a.lease(), "PAYMENT", "paymentId", paymentId).getJsonNumber("id")
                + "/reversal", reason("误操作"));
        assertThat(online.status()).isEqualTo(409);
        assertThat(online.json().getString("code")).isEqualTo("payment-not-reversible");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonObject report = ok(admin.get("/api/v1/finance/reconciliation?date=" + today));
        JsonObject sandbox = report.getJsonArray("channels").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("channel").equals("SANDBOX")).findFirst().orElseThrow();
        assertThat(sandbox.getInt("payments")).isEqualTo(1);
        assertThat(sandbox.getJsonNumber("paid").bigDecimalValue()).isEqualByComparingTo(amount);
        assertThat(sandbox.getJsonNumber("postedAmount").bigDecimalValue()).isEqualByComparingTo(amount);
        assertThat(sandbox.getBoolean("matched")).isTrue();
        assertThat(report.getBoolean("balanced")).as(report.toString()).isTrue();
        assertThat(report.getJsonObject("callbacks").getInt("refused")).isGreaterThanOrEqualTo(1);
        assertThat(report.getJsonArray("discrepancies").stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getString("kind").equals("CALLBACK_REFUSED") && orderNo.equals(d.getString("orderNo", null)))).isTrue();
        // opening balance + the day's movements = closing balance
        BigDecimal movements = report.getJsonArray("movements").stream().map(m -> m.asJsonObject().getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(report.getJsonNumber("openingBalance").bigDecimalValue().add(movements))
                .isEqualByComparingTo(report.getJsonNumber("closingBalance").bigDecimalValue());

        HttpResponse<byte[]> xlsx = admin.download("/api/v1/finance/reconciliation.xlsx?date=" + today);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
        Api.Reply badDate = admin.get("/api/v1/finance/reconciliation?date=2026-13-45");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.fieldError("date")).isNotBlank();
    }

    @Test
    void anotherOperatorCanNeitherCorrectNorSeeThisOperatorsMoney() throws Exception {
        Leasing.Active a = Leasing.active(op, "隔离户", "304", "ge.li", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        long billId = Finance.onlyBill(admin, a.lease(), "2026-10").getJsonNumber("id").longValue();
        ok(admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("88.00")).add("method", "CASH").add("receiptNo", "ISO-" + a.lease()).build()));
        long entryId = ledger(a.lease()).get(0).getJsonNumber("id").longValue();

        Leasing.Operator other = Leasing.operator("corr_b");
        Api.Reply writeOff = other.admin().post("/api/v1/bills/" + billId + "/write-off", reason("跨租户"));
        assertThat(writeOff.status()).isEqualTo(404);
        Api.Reply reverse = other.admin().post("/api/v1/ledger/" + entryId + "/reversal", reason("跨租户"));
        assertThat(reverse.status()).isEqualTo(404);
        JsonObject theirs = ok(other.admin().get("/api/v1/finance/reconciliation?date="
                + LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        assertThat(theirs.getJsonArray("channels")).as("nothing of the first operator's day").isEmpty();
        assertThat(theirs.getJsonArray("movements")).isEmpty();
        assertThat(ok(admin.get("/api/v1/bills/" + billId)).getString("status")).isEqualTo("PARTIAL");
        assertThat(count("kind IN ('WRITE_OFF', 'REVERSAL') AND lease_id = " + a.lease())).isZero();
    }

    @Test
    void aRetroactiveRentChangeAdjustsTheBillsAlreadyIssuedAndAnOverpaymentBecomesCredit() throws Exception {
        // an operator of its own, so that no other test's billing run adds bills to this lease
        Leasing.Operator own = Leasing.operator("adj");
        Api staff = own.admin();
        ok(staff.post("/api/v1/users", Json.createObjectBuilder().add("username", "approver").add("displayName", "财务审批人")
                .add("password", "Appr@2026x").add("roles", Json.createArrayBuilder().add("finance_approver")).build()));
        Api approver = Api.as(own.code(), "approver", "Appr@2026x");
        Leasing.Active a = Leasing.active(own, "追溯户", "401", "zhui.su", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(staff, "2026-09");
        Finance.bill(staff, "2026-10");
        ok(staff.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("1126.13")).add("method", "TRANSFER").add("receiptNo", "ADJ-" + a.lease()).build()));
        assertThat(Finance.onlyBill(staff, a.lease(), "2026-10").getString("status")).isEqualTo("PAID");

        Api.Reply tooEarly = staff.post("/api/v1/finance/accounts/" + a.lease() + "/adjustments", Json.createObjectBuilder()
                .add("newRent", new BigDecimal("600.00")).add("reason", "复审降档").add("effectiveFrom", "2026-08").build());
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.fieldError("effectiveFrom")).contains("2026-09");
        JsonObject proposed = ok(staff.post("/api/v1/finance/accounts/" + a.lease() + "/adjustments", Json.createObjectBuilder()
                .add("newRent", new BigDecimal("600.00")).add("reason", "复审降为低保家庭，自入住起按新租金")
                .add("effectiveFrom", "2026-09").build()));
        // nothing changes before the approval
        assertThat(Finance.onlyBill(staff, a.lease(), "2026-10").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("750.75");
        ok(approver.post("/api/v1/finance/adjustments/" + proposed.getJsonNumber("id") + "/approve",
                Json.createObjectBuilder().add("note", "同意").build()));

        // September: 15 of 30 days, rent 341.25 -> 300.00; October: 682.50 -> 600.00; both stay paid
        JsonObject september = Finance.onlyBill(staff, a.lease(), "2026-09");
        JsonObject october = Finance.onlyBill(staff, a.lease(), "2026-10");
        assertThat(september.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("334.13");
        assertThat(october.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("668.25");
        assertThat(september.getString("status")).isEqualTo("PAID");
        assertThat(october.getString("status")).isEqualTo("PAID");
        assertThat(october.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("name").contains("682.50→600.00") && l.getJsonNumber("amount").bigDecimalValue()
                        .compareTo(new BigDecimal("-82.50")) == 0)).as(october.toString()).isTrue();
        List<JsonObject> adjustments = ledgerOf(staff, a.lease()).stream().filter(e -> e.getString("kind").equals("ADJUSTMENT")).toList();
        assertThat(adjustments).extracting(e -> e.getJsonNumber("amount").bigDecimalValue().toPlainString())
                .containsExactlyInAnyOrder("-41.25", "-82.50");
        // the 123.75 paid too much is the payer's credit now
        assertThat(ok(staff.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo("-123.75");

        // a later rise from November on: the November bill is issued with the new rent and the credit pays part of it
        JsonObject rise = ok(staff.post("/api/v1/finance/accounts/" + a.lease() + "/adjustments", Json.createObjectBuilder()
                .add("newRent", new BigDecimal("650.00")).add("reason", "标准上调").add("effectiveFrom", "2026-11").build()));
        ok(approver.post("/api/v1/finance/adjustments/" + rise.getJsonNumber("id") + "/approve", Json.createObjectBuilder().build()));
        Finance.bill(staff, "2026-11");
        JsonObject november = Finance.onlyBill(staff, a.lease(), "2026-11");
        assertThat(line(november, "RENT")).isEqualByComparingTo("650.00");
        assertThat(november.getString("status")).isEqualTo("PARTIAL");
        assertThat(november.getJsonNumber("paid").bigDecimalValue()).isEqualByComparingTo("123.75");
    }

    private static List<JsonObject> ledgerOf(Api staff, long lease) {
        return staff.get("/api/v1/ledger?leaseId=" + lease).array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static BigDecimal line(JsonObject bill, String category) {
        return bill.getJsonArray("lines").stream().map(JsonValue::asJsonObject).filter(l -> l.getString("category").equals(category))
                .map(l -> l.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
