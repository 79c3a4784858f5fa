package org.anju.it.finance;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finance through the API as staff, residents and a payment channel see it (R6.4a, R6.4b, R6.4c, R7.4d, R4.3): bills
 * issued once per lease and period, pro-rated; counter payments oldest bill first with credit; the sandbox channel's
 * signed notifications verified, replays and races posting once; rent adjustments approved by someone else and
 * audited; the ledger immutable; two operators apart.
 */
class FinanceIT {

    private static Leasing.Operator op;
    private static Api admin;

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("fin");
        admin = op.admin();
    }

    private static long ledgerCount(String where) throws SQLException {
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM org_" + op.code() + ".ledger_entry WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static BigDecimal line(JsonObject bill, String category) {
        return bill.getJsonArray("lines").stream().map(JsonValue::asJsonObject).filter(l -> l.getString("category").equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no " + category + " line in " + bill)).getJsonNumber("amount")
                .bigDecimalValue();
    }

    @Test
    void billsAreIssuedOncePerLeaseAndPeriodAndTheFirstMonthIsProRated() throws Exception {
        Leasing.Active a = Leasing.active(op, "钱账", "101", "qian.zhang", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        JsonObject account = ok(admin.get("/api/v1/finance/accounts/" + a.lease()));
        assertThat(account.getJsonNumber("monthlyRent").bigDecimalValue()).isEqualByComparingTo("682.50");

        Finance.bill(admin, "2026-09");
        JsonObject september = Finance.onlyBill(admin, a.lease(), "2026-09");
        // 16th to 30th September: 15 of 30 days of the rent 682.50 and of the property fee 68.25 (1.50 × 45.50 ㎡)
        assertThat(line(september, "RENT")).isEqualByComparingTo("341.25");
        assertThat(line(september, "PROPERTY")).isEqualByComparingTo("34.13");
        assertThat(september.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("375.38");
        assertThat(september.getString("status")).isEqualTo("OPEN");
        assertThat(september.getString("dueDate")).as("not due before the lease starts").isEqualTo("2026-09-16");
        assertThat(september.getJsonArray("lines").getJsonObject(0).getString("name")).isEqualTo("租金");

        JsonObject first = Finance.bill(admin, "2026-10");
        assertThat(first.getInt("created")).isGreaterThanOrEqualTo(1);
        JsonObject again = Finance.bill(admin, "2026-10");
        assertThat(again.getInt("created")).as("a second run of a billed period creates nothing").isZero();
        JsonObject october = Finance.onlyBill(admin, a.lease(), "2026-10");
        assertThat(october.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("750.75");
        assertThat(ledgerCount("kind = 'CHARGE' AND bill_id = " + october.getJsonNumber("id"))).isEqualTo(1);
        assertThat(october.containsKey("pushedAt")).as("pushed to the resident").isTrue();
        List<JsonObject> notices = a.resident().get("/api/v1/notices?limit=50").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("category").equals("bill")).toList();
        assertThat(notices.stream().map(n -> n.getString("title")).toList())
                .anyMatch(t -> t.contains("9 月")).anyMatch(t -> t.contains("10 月") && t.contains("750.75"));

        Api.Reply badPeriod = admin.post("/api/v1/billing-runs", Json.createObjectBuilder().add("period", "2026-13").build());
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.fieldError("period")).isNotBlank();
    }

    @Test
    void counterPaymentsPayTheOldestBillFirstAndOverpaymentIsCredit() throws Exception {
        Leasing.Active a = Leasing.active(op, "孙柜", "102", "sun.gui", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-09");
        Finance.bill(admin, "2026-10");
        JsonObject body = Json.createObjectBuilder().add("leaseId", a.lease()).add("amount", new BigDecimal("500.00"))
                .add("method", "CASH").add("receiptNo", "R-" + a.lease() + "-1").build();
        JsonObject paid = ok(admin.post("/api/v1/payments/counter", body));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getJsonArray("allocations")).hasSize(2);
        assertThat(Finance.onlyBill(admin, a.lease(), "2026-09").getString("status")).isEqualTo("PAID");
        JsonObject october = Finance.onlyBill(admin, a.lease(), "2026-10");
        assertThat(october.getString("status")).isEqualTo("PARTIAL");
        // 500 − 375.38 (September) = 124.62 towards October's 750.75
        assertThat(october.getJsonNumber("outstanding").bigDecimalValue()).isEqualByComparingTo("626.13");

        // The cashier's retry with the same receipt answers the same payment and posts nothing more.
        JsonObject retry = ok(admin.post("/api/v1/payments/counter", body));
        assertThat(retry.getJsonNumber("id").longValue()).isEqualTo(paid.getJsonNumber("id").longValue());
        assertThat(ledgerCount("kind = 'PAYMENT' AND lease_id = " + a.lease())).isEqualTo(1);
        Api.Reply reused = admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("1.00")).add("method", "CASH").add("receiptNo", "R-" + a.lease() + "-1").build());
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().getString("code")).isEqualTo("receipt-exists");

        JsonObject over = ok(admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", new BigDecimal("1000.00")).add("method", "POS").add("receiptNo", "R-" + a.lease() + "-2").build()));
        assertThat(over.getJsonNumber("credit").bigDecimalValue()).isEqualByComparingTo("373.87");
        assertThat(ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo("-373.87");

        // Part of the credit is refunded to the payer (once, whatever the retries); more than the credit is refused.
        JsonObject refund = Json.createObjectBuilder().add("amount", new BigDecimal("100.00")).add("reference", "RF-" + a.lease())
                .add("reason", "多缴退回").build();
        Api.Reply tooMuch = admin.post("/api/v1/payments/" + over.getJsonNumber("id") + "/refund", Json.createObjectBuilder()
                .add("amount", new BigDecimal("400.00")).add("reference", "RF-X-" + a.lease()).add("reason", "多缴退回").build());
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.fieldError("amount")).isNotBlank();
        assertThat(ok(admin.post("/api/v1/payments/" + over.getJsonNumber("id") + "/refund", refund))
                .getJsonNumber("credit").bigDecimalValue()).isEqualByComparingTo("273.87");
        assertThat(ok(admin.post("/api/v1/payments/" + over.getJsonNumber("id") + "/refund", refund))
                .getJsonNumber("credit").bigDecimalValue()).isEqualByComparingTo("273.87");
        assertThat(ledgerCount("kind = 'REFUND' AND lease_id = " + a.lease())).isEqualTo(1);
        assertThat(ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo("-273.87");

        // The next bill is paid from the credit at once.
        Finance.bill(admin, "2026-11");
        JsonObject november = Finance.onlyBill(admin, a.lease(), "2026-11");
        assertThat(november.getString("status")).isEqualTo("PARTIAL");
        assertThat(november.getJsonNumber("paid").bigDecimalValue()).isEqualByComparingTo("273.87");

        HttpResponse<byte[]> receipt = admin.download("/api/v1/payments/" + over.getJsonNumber("id") + "/receipt.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(new String(receipt.body(), 0, 5)).isEqualTo("%PDF-");

        Api.Reply zero = admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", a.lease())
                .add("amount", BigDecimal.ZERO).add("method", "CASH").add("receiptNo", "R-zero-1").build());
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.fieldError("amount")).isNotBlank();
        Api.Reply unknown = admin.post("/api/v1/payments/counter", Json.createObjectBuilder().add("leaseId", 999_999)
                .add("amount", BigDecimal.TEN).add("method", "CASH").add("receiptNo", "R-unknown-1").build());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldError("leaseId")).isNotBlank();
    }

    @Test
    void theSandboxChannelsSignedNotificationIsVerifiedAndPostsExactlyOnce() throws Exception {
        Leasing.Active a = Leasing.active(op, "李付", "103", "li.fu", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject mine = ok(a.resident().get("/api/v1/my/bills"));
        JsonObject bill = mine.getJsonArray("bills").getJsonObject(0);
        assertThat(mine.getJsonNumber("outstanding").bigDecimalValue()).isPositive();

        JsonObject order = ok(a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(bill.getJsonNumber("id"))).add("channel", "SANDBOX").build()));
        String orderNo = order.getString("orderNo");
        String amount = order.getJsonNumber("amount").bigDecimalValue().toPlainString();
        String body = Finance.notification(orderNo, amount, "SUCCESS");
        long now = Instant.now().getEpochSecond();

        // Forged: signed with another merchant's key; tampered: the body changed after signing; stale timestamp.
        assertThat(Finance.notify(op.code(), body, Finance.signature("someone_else", now, body)).status()).isEqualTo(401);
        assertThat(Finance.notify(op.code(), body.replace(amount, "0.01"), Finance.signature(op.code(), now, body)).status())
                .isEqualTo(401);
        assertThat(Finance.notify(op.code(), body, Finance.signature(op.code(), now - 3600, body)).status()).isEqualTo(401);
        assertThat(Finance.notify(op.code(), body, null).status()).isEqualTo(401);
        assertThat(ok(a.resident().get("/api/v1/my/payments/" + orderNo)).getString("status")).isEqualTo("CREATED");

        Api.Reply accepted = Finance.notify(op.code(), body, Finance.signature(op.code(), now, body));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("code")).isEqualTo("SUCCESS");
        Api.Reply replay = Finance.notify(op.code(), body, Finance.signature(op.code(), now, body));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().getString("message")).isEqualTo("DUPLICATE");

        JsonObject payment = ok(a.resident().get("/api/v1/my/payments/" + orderNo));
        assertThat(payment.getString("status")).isEqualTo("PAID");
        assertThat(payment.getString("receiptNo")).startsWith("R");
        assertThat(ledgerCount("kind = 'PAYMENT' AND lease_id = " + a.lease())).isEqualTo(1);
        assertThat(ok(a.resident().get("/api/v1/my/bills/" + bill.getJsonNumber("id"))).getString("status")).isEqualTo("PAID");
        HttpResponse<byte[]> receipt = a.resident().download("/api/v1/my/payments/" + orderNo + "/receipt.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FILTER (WHERE NOT verified), count(*) FILTER (WHERE outcome = 'DUPLICATE') "
                     + "FROM org_" + op.code() + ".payment_callback WHERE order_no = '" + orderNo + "'")) {
            r.next();
            assertThat(r.getLong(1)).as("refused notifications are logged").isEqualTo(4);
            assertThat(r.getLong(2)).isEqualTo(1);
        }
    }

    @Test
    void concurrentNotificationsOfOneOrderPostOnce() throws Exception {
        Leasing.Active a = Leasing.active(op, "周并", "104", "zhou.bing", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject bill = Finance.onlyBill(admin, a.lease(), "2026-10");
        JsonObject order = ok(a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(bill.getJsonNumber("id"))).add("channel", "SANDBOX").build()));
        String body = Finance.notification(order.getString("orderNo"), order.getJsonNumber("amount").bigDecimalValue().toPlainString(), "SUCCESS");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(pool.submit(() -> Finance.notify(op.code(), body, Finance.signature(op.code(), Instant.now().getEpochSecond(), body))));
        }
        int ok = 0;
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            ok += "PAID".equals(r.json().getString("message")) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ok).as("exactly one notification posts").isEqualTo(1);
        assertThat(ledgerCount("kind = 'PAYMENT' AND lease_id = " + a.lease())).isEqualTo(1);
        assertThat(Finance.onlyBill(admin, a.lease(), "2026-10").getJsonNumber("paid").bigDecimalValue())
                .isEqualByComparingTo(bill.getJsonNumber("amount").bigDecimalValue());
    }

    @Test
    void theResidentPaysThroughTheSandboxCashierOnTheirPhone() {
        Leasing.Active a = Leasing.active(op, "吴机", "105", "wu.ji", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject bill = ok(a.resident().get("/api/v1/my/bills")).getJsonArray("bills").getJsonObject(0);
        JsonObject order = ok(a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(bill.getJsonNumber("id"))).add("channel", "SANDBOX").build()));
        assertThat(order.getString("payUrl")).contains(order.getString("orderNo"));
        JsonObject paid = ok(a.resident().post("/api/v1/my/payments/" + order.getString("orderNo") + "/sandbox?result=SUCCESS", null));
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(ok(a.resident().get("/api/v1/my/bills")).getJsonNumber("outstanding").bigDecimalValue()).isEqualByComparingTo("0");

        // Someone else's bill cannot be paid (or seen) by this resident.
        Leasing.Active other = Leasing.active(op, "郑别", "106", "zheng.bie", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject theirs = Finance.onlyBill(admin, other.lease(), "2026-10");
        assertThat(a.resident().get("/api/v1/my/bills/" + theirs.getJsonNumber("id")).status()).isEqualTo(404);
        Api.Reply steal = a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(theirs.getJsonNumber("id"))).add("channel", "SANDBOX").build());
        assertThat(steal.status()).isEqualTo(400);
        assertThat(steal.fieldError("billIds")).isNotBlank();
        assertThat(a.resident().get("/api/v1/bills").status()).as("staff API").isEqualTo(403);
    }

    @Test
    void aRentChangeIsProposedApprovedBySomeoneElseAndAudited() {
        Leasing.Active a = Leasing.active(op, "冯调", "107", "feng.tiao", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        ok(admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "approver").add("displayName", "财务审批人")
                .add("password", "Appr@2026x").add("roles", Json.createArrayBuilder().add("finance_approver")).build()));
        Api approver = Api.as(op.code(), "approver", "Appr@2026x");

        Api.Reply noReason = admin.post("/api/v1/finance/accounts/" + a.lease() + "/adjustments", Json.createObjectBuilder()
                .add("newRent", new BigDecimal("700.00")).build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isNotBlank();
        JsonObject proposed = ok(admin.post("/api/v1/finance/accounts/" + a.lease() + "/adjustments", Json.createObjectBuilder()
                .add("newRent", new BigDecimal("700.00")).add("reason", "2027 年租金标准调整").build()));
        assertThat(proposed.getString("status")).isEqualTo("PENDING");
        Api.Reply self = admin.post("/api/v1/finance/adjustments/" + proposed.getJsonNumber("id") + "/approve", Json.createObjectBuilder().build());
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().getString("code")).isEqualTo("adjustment-same-person");
        assertThat(ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("monthlyRent").bigDecimalValue())
                .isEqualByComparingTo("682.50");

        JsonObject approved = ok(approver.post("/api/v1/finance/adjustments/" + proposed.getJsonNumber("id") + "/approve",
                Json.createObjectBuilder().add("note", "同意").build()));
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("decidedBy")).startsWith("approver@");
        assertThat(ok(admin.get("/api/v1/finance/accounts/" + a.lease())).getJsonNumber("monthlyRent").bigDecimalValue())
                .isEqualByComparingTo("700.00");
        String history = admin.get("/api/v1/finance/accounts/" + a.lease() + "/history").body();
        assertThat(history).contains("monthlyRent").contains("700.00").contains("2027 年租金标准调整");

        Finance.bill(admin, "2027-01");
        assertThat(line(Finance.onlyBill(admin, a.lease(), "2027-01"), "RENT")).isEqualByComparingTo("700.00");
    }

    @Test
    void theYearsRentIsComputedFromTheStandardAndTheCategoryRule() {
        Leasing.Active a = Leasing.active(op, "陈算", "108", "chen.suan", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        long project = Leasing.projectOf(admin, a.unit());
        ok(admin.put("/api/v1/finance/rent-standards", Json.createObjectBuilder().add("projectId", project).add("year", 2027)
                .add("pricePerSqm", new BigDecimal("15.00")).add("note", "市住保〔2026〕12号").build()));
        ok(admin.put("/api/v1/finance/rent-rules/LOW_INCOME", Json.createObjectBuilder().add("mode", "DISCOUNT")
                .add("value", new BigDecimal("60")).build()));
        Api.Reply unknownProject = admin.put("/api/v1/finance/rent-standards", Json.createObjectBuilder().add("projectId", 999_999)
                .add("year", 2027).add("pricePerSqm", new BigDecimal("15.00")).build());
        assertThat(unknownProject.status()).isEqualTo(400);
        assertThat(unknownProject.fieldError("projectId")).isNotBlank();

        JsonObject calc = ok(admin.post("/api/v1/finance/rent-calculations", Json.createObjectBuilder().add("year", 2027)
                .add("projectId", project).add("reason", "2027 年度租金核定").build()));
        assertThat(calc.getInt("proposed")).isEqualTo(1);
        JsonObject adj = admin.get("/api/v1/finance/adjustments?leaseId=" + a.lease() + "&status=PENDING").array().getJsonObject(0);
        // 45.50 ㎡ × 15.00 × 60 % = 409.50
        assertThat(adj.getJsonNumber("newRent").bigDecimalValue()).isEqualByComparingTo("409.50");
        assertThat(adj.getString("basis")).contains("45.50").contains("15.00").contains("60%");
    }

    @Test
    void postedLedgerEntriesCannotBeChangedOrDeleted() throws Exception {
        Leasing.Active a = Leasing.active(op, "褚账", "109", "chu.zhang", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        try (Connection c = Db.openTestDatabase(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE org_" + op.code() + ".ledger_entry SET amount = 0 WHERE lease_id = " + a.lease()))
                    .hasMessageContaining("immutable");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM org_" + op.code() + ".ledger_entry WHERE lease_id = " + a.lease()))
                    .hasMessageContaining("immutable");
        }
        assertThat(ledgerCount("lease_id = " + a.lease())).isEqualTo(1);
    }

    @Test
    void anotherOperatorSeesNoneOfIt() {
        Leasing.Active a = Leasing.active(op, "甲财", "110", "jia.cai", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject bill = Finance.onlyBill(admin, a.lease(), "2026-10");
        Leasing.Operator other = Leasing.operator("finb");
        assertThat(other.admin().get("/api/v1/bills?size=200").json().getInt("total")).isZero();
        assertThat(other.admin().get("/api/v1/bills/" + bill.getJsonNumber("id")).status()).isEqualTo(404);
        assertThat(other.admin().get("/api/v1/finance/accounts/" + a.lease()).status()).isEqualTo(404);
        // A notification for A's order sent to B's address does nothing (B's key, B's schema, no such order).
        String body = Finance.notification("P-not-b", "1.00", "SUCCESS");
        Api.Reply r = Finance.notify(other.code(), body, Finance.signature(other.code(), Instant.now().getEpochSecond(), body));
        assertThat(r.status()).isEqualTo(400);
    }
}
