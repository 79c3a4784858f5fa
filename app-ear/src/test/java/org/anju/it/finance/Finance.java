package org.anju.it.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;

/** Finance steps through the API, and the sandbox channel's side of the protocol, written here independently. */
final class Finance {

    /** The IT server runs with the development sandbox secret (ANJU_SANDBOX_PAY_SECRET unset). */
    static final String SANDBOX_SECRET = "anju-sandbox-development-secret";

    private Finance() {
    }

    /** Starts a billing run and waits for it to finish. */
    static JsonObject bill(Api staff, String period) {
        Api.Reply started = staff.post("/api/v1/billing-runs", Json.createObjectBuilder().add("period", period).build());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 300; i++) {
            JsonObject run = staff.get("/api/v1/billing-runs/" + id).json();
            if (!"RUNNING".equals(run.getString("status"))) {
                assertThat(run.getString("status")).as(run.toString()).isEqualTo("DONE");
                return run;
            }
            sleep(200);
        }
        throw new AssertionError("billing run " + id + " did not finish");
    }

    static JsonObject onlyBill(Api staff, long lease, String period) {
        JsonObject page = staff.get("/api/v1/bills?leaseId=" + lease + "&period=" + period).json();
        assertThat(page.getInt("total")).as("bills of lease %s for %s", lease, period).isEqualTo(1);
        return page.getJsonArray("items").getJsonObject(0);
    }

    /** The channel's notification header for a body: t, nonce and HMAC-SHA256 over t\nnonce\nbody\n. */
    static String signature(String organization, long epochSeconds, String body) {
        byte[] merchantKey = hmac(SANDBOX_SECRET.getBytes(StandardCharsets.UTF_8), organization.getBytes(StandardCharsets.UTF_8));
        String nonce = UUID.randomUUID().toString();
        byte[] sig = hmac(merchantKey, (epochSeconds + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
        return "t=" + epochSeconds + ",nonce=" + nonce + ",sig=" + HexFormat.of().formatHex(sig);
    }

    static String notification(String orderNo, String amount, String status) {
        return Json.createObjectBuilder().add("orderNo", orderNo).add("transactionId", "WX" + UUID.randomUUID().toString().substring(0, 12))
                .add("amount", amount).add("status", status).add("paidAt", Instant.now().toString()).build().toString();
    }

    static Api.Reply notify(String organization, String body, String signature) {
        Api channel = Api.anonymous();
        if (signature != null) {
            channel = channel.header("Anju-Sandbox-Signature", signature);
        }
        return channel.postRaw("/api/v1/payments/notify/sandbox/" + organization, body, "application/json");
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
