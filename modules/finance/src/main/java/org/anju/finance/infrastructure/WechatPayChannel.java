package org.anju.finance.infrastructure;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.anju.finance.api.PaymentChannel;

/**
 * WeChat Pay API v3 payment notifications: headers {@code Wechatpay-Timestamp}, {@code Wechatpay-Nonce},
 * {@code Wechatpay-Signature} (base64 SHA256withRSA by the WeChat Pay platform key over
 * {@code timestamp\nnonce\nbody\n}); the body's {@code resource} is AEAD_AES_256_GCM-encrypted with the merchant's
 * APIv3 key and holds {@code out_trade_no, transaction_id, trade_state, amount.total} (fen). Answers
 * {@code {"code":"SUCCESS"}}.
 */
@ApplicationScoped
public class WechatPayChannel implements PaymentChannel {

    @Override
    public String name() {
        return "WECHAT";
    }

    @Override
    public Notification verify(Config config, Map<String, String> headers, String body, Instant now) throws Refused {
        String ts = headers.get("wechatpay-timestamp");
        String nonce = headers.get("wechatpay-nonce");
        String signature = headers.get("wechatpay-signature");
        if (ts == null || nonce == null || signature == null || !ts.matches("\\d{1,12}")) {
            throw new Refused("signature-missing");
        }
        if (Duration.between(Instant.ofEpochSecond(Long.parseLong(ts)), now).abs().compareTo(Duration.ofMinutes(5)) > 0) {
            throw new Refused("timestamp-out-of-window");
        }
        String message = ts + "\n" + nonce + "\n" + body + "\n";
        if (!ChannelCrypto.verify(ChannelCrypto.publicKey(config.publicKeyPem()), message.getBytes(StandardCharsets.UTF_8), signature)) {
            throw new Refused("signature-mismatch");
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            JsonObject resource = r.readObject().getJsonObject("resource");
            byte[] plain = decrypt(config.apiKey(), resource.getString("nonce"), resource.getString("associated_data", ""),
                    resource.getString("ciphertext"));
            try (JsonReader t = Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))) {
                JsonObject tx = t.readObject();
                if (config.merchantId() != null && tx.containsKey("mchid") && !config.merchantId().equals(tx.getString("mchid"))) {
                    throw new Refused("merchant-mismatch");
                }
                BigDecimal amount = BigDecimal.valueOf(tx.getJsonObject("amount").getJsonNumber("total").longValueExact(), 2);
                return new Notification(tx.getString("out_trade_no"), tx.getString("transaction_id"), amount,
                        "SUCCESS".equals(tx.getString("trade_state")));
            }
        } catch (Refused e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Refused("body-malformed");
        }
    }

    private static byte[] decrypt(String apiKey, String nonce, String aad, String ciphertext) throws Refused {
        if (apiKey == null || apiKey.getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new Refused("channel-not-configured");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(Base64.getDecoder().decode(ciphertext));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Refused("resource-undecryptable");
        }
    }

    @Override
    public Answer answer(boolean accepted, String message) {
        String body = Json.createObjectBuilder().add("code", accepted ? "SUCCESS" : "FAIL").add("message", message).build().toString();
        return new Answer(accepted ? 200 : 401, "application/json", body);
    }
}
