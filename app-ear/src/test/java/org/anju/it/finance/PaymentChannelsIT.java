package org.anju.it.finance;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapters shaped after WeChat Pay (API v3), Alipay and UnionPay notifications (R6.4b). The test plays each channel
 * with a key pair of its own: the platform knows only the public key the operator configured. A notification signed
 * with another key, or changed after signing, is refused; a correct one pays the order once; a replay changes nothing.
 */
class PaymentChannelsIT {

    private static final String API_V3_KEY = "0123456789abcdefghijklmnopqrstuv";
    private static Leasing.Operator op;
    private static Api admin;
    private static KeyPair channelKeys;
    private static KeyPair strangerKeys;

    @BeforeAll
    static void setUp() throws Exception {
        op = Leasing.operator("chan");
        admin = op.admin();
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        channelKeys = g.generateKeyPair();
        strangerKeys = g.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                channelKeys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        ok(admin.put("/api/v1/finance/channels/WECHAT", Json.createObjectBuilder().add("merchantId", "1900000109")
                .add("publicKeyPem", pem).add("apiKey", API_V3_KEY).build()));
        ok(admin.put("/api/v1/finance/channels/ALIPAY", Json.createObjectBuilder().add("merchantId", "2021000000000001")
                .add("publicKeyPem", pem).build()));
        ok(admin.put("/api/v1/finance/channels/UNIONPAY", Json.createObjectBuilder().add("merchantId", "777290058110048")
                .add("publicKeyPem", pem).build()));
        JsonObject listed = admin.get("/api/v1/finance/channels").array().getJsonObject(2);
        assertThat(listed.toString()).doesNotContain(API_V3_KEY);
        Api.Reply badKey = admin.put("/api/v1/finance/channels/ALIPAY", Json.createObjectBuilder().add("merchantId", "x")
                .add("publicKeyPem", "not a key").build());
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.fieldError("publicKeyPem")).isNotBlank();
    }

    /** An order of a freshly billed lease through the given channel: (order number, amount). */
    private static String[] order(String room, String user, String channel) {
        Leasing.Active a = Leasing.active(op, "渠道" + room, room, user, LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(admin, "2026-10");
        JsonObject bill = Finance.onlyBill(admin, a.lease(), "2026-10");
        JsonObject order = ok(a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(bill.getJsonNumber("id"))).add("channel", channel).build()));
        return new String[] {order.getString("orderNo"), order.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                String.valueOf(a.lease())};
    }

    private static String paymentStatus(String lease) {
        return admin.get("/api/v1/payments?leaseId=" + lease).json().getJsonArray("items").getJsonObject(0).getString("status");
    }

    private static String sign(PrivateKey key, byte[] message) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key);
        s.update(message);
        return Base64.getEncoder().encodeToString(s.sign());
    }

    @Test
    void wechatPayV3() throws Exception {
        String[] o = order("301", "wx.payer", "WECHAT");
        long fen = new BigDecimal(o[1]).movePointRight(2).longValueExact();
        String plain = Json.createObjectBuilder().add("mchid", "1900000109").add("out_trade_no", o[0])
                .add("transaction_id", "4200001234" + System.nanoTime() % 100000).add("trade_state", "SUCCESS")
                .add("amount", Json.createObjectBuilder().add("total", fen).add("currency", "CNY")).build().toString();
        String nonce = UUID.randomUUID().toString().substring(0, 12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        c.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
        String ciphertext = Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        String body = Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("event_type", "TRANSACTION.SUCCESS")
                .add("resource_type", "encrypt-resource").add("resource", Json.createObjectBuilder().add("algorithm", "AEAD_AES_256_GCM")
                        .add("ciphertext", ciphertext).add("nonce", nonce).add("associated_data", "transaction")).build().toString();
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String headerNonce = UUID.randomUUID().toString();
        byte[] message = (ts + "\n" + headerNonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);

        Api.Reply forged = wechat(body, ts, headerNonce, sign(strangerKeys.getPrivate(), message));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().getString("code")).isEqualTo("FAIL");
        assertThat(paymentStatus(o[2])).isEqualTo("CREATED");

        Api.Reply accepted = wechat(body, ts, headerNonce, sign(channelKeys.getPrivate(), message));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("code")).isEqualTo("SUCCESS");
        assertThat(paymentStatus(o[2])).isEqualTo("PAID");
        assertThat(wechat(body, ts, headerNonce, sign(channelKeys.getPrivate(), message)).status()).as("replay").isEqualTo(200);
        assertThat(admin.get("/api/v1/ledger?leaseId=" + o[2]).array().stream()
                .filter(e -> e.asJsonObject().getString("kind").equals("PAYMENT")).count()).isEqualTo(1);
    }

    private static Api.Reply wechat(String body, String ts, String nonce, String signature) {
        return Api.anonymous().header("Wechatpay-Timestamp", ts).header("Wechatpay-Nonce", nonce)
                .header("Wechatpay-Signature", signature).header("Wechatpay-Serial", "5157F09EFDC096DE15EBE81A47057A72")
                .postRaw("/api/v1/payments/notify/wechat/" + op.code(), body, "application/json");
    }

    @Test
    void alipayRsa2() throws Exception {
        String[] o = order("302", "ali.payer", "ALIPAY");
        Map<String, String> p = new TreeMap<>();
        p.put("app_id", "2021000000000001");
        p.put("out_trade_no", o[0]);
        p.put("trade_no", "2026112222001" + System.nanoTime() % 1000000);
        p.put("trade_status", "TRADE_SUCCESS");
        p.put("total_amount", o[1]);
        p.put("notify_time", "2026-11-22 10:00:00");
        String content = joined(p);
        p.put("sign_type", "RSA2");
        p.put("sign", sign(channelKeys.getPrivate(), content.getBytes(StandardCharsets.UTF_8)));

        Map<String, String> tampered = new TreeMap<>(p);
        tampered.put("total_amount", "0.01");
        Api.Reply refused = form("alipay", tampered);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo("failure");

        Api.Reply accepted = form("alipay", p);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo("success");
        assertThat(paymentStatus(o[2])).isEqualTo("PAID");
        assertThat(form("alipay", p).body()).as("replay").isEqualTo("success");
    }

    @Test
    void unionPay() throws Exception {
        String[] o = order("303", "yl.payer", "UNIONPAY");
        Map<String, String> p = new TreeMap<>();
        p.put("version", "5.1.0");
        p.put("merId", "777290058110048");
        p.put("orderId", o[0]);
        p.put("queryId", "7911221000" + System.nanoTime() % 100000);
        p.put("respCode", "00");
        p.put("respMsg", "成功[0000000]");
        p.put("txnAmt", String.valueOf(new BigDecimal(o[1]).movePointRight(2).longValueExact()));
        p.put("signMethod", "01");
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined(p).getBytes(StandardCharsets.UTF_8)));
        p.put("signature", sign(channelKeys.getPrivate(), digest.getBytes(StandardCharsets.UTF_8)));

        Map<String, String> stranger = new TreeMap<>(p);
        stranger.put("signature", sign(strangerKeys.getPrivate(), digest.getBytes(StandardCharsets.UTF_8)));
        assertThat(form("unionpay", stranger).status()).isEqualTo(401);
        Api.Reply accepted = form("unionpay", p);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo("ok");
        assertThat(paymentStatus(o[2])).isEqualTo("PAID");
    }

    @Test
    void aChannelTheOperatorHasNotSetUpCannotBeUsed() {
        Leasing.Operator other = Leasing.operator("chanb");
        Leasing.Active a = Leasing.active(other, "未开通", "401", "no.channel", LocalDate.of(2026, 9, 16), LocalDate.of(2029, 9, 15));
        Finance.bill(other.admin(), "2026-10");
        JsonObject bill = Finance.onlyBill(other.admin(), a.lease(), "2026-10");
        Api.Reply refused = a.resident().post("/api/v1/my/payments", Json.createObjectBuilder()
                .add("billIds", Json.createArrayBuilder().add(bill.getJsonNumber("id"))).add("channel", "WECHAT").build());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("code")).isEqualTo("channel-not-enabled");
    }

    private static String joined(Map<String, String> sorted) {
        StringJoiner j = new StringJoiner("&");
        sorted.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    private static Api.Reply form(String channel, Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return Api.anonymous().postRaw("/api/v1/payments/notify/" + channel + "/" + op.code(), j.toString(),
                "application/x-www-form-urlencoded; charset=utf-8");
    }
}
