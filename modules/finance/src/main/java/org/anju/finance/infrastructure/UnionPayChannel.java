package org.anju.finance.infrastructure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.finance.api.PaymentChannel;

/**
 * UnionPay (银联全渠道) back notifications: a form body with {@code signMethod=01}; the parameters except
 * {@code signature}, sorted as {@code k=v&k=v}, are hashed with SHA-256 (hex) and that hex string is verified against
 * {@code signature} (base64 SHA256withRSA) with UnionPay's signing certificate key; {@code merId} must be the
 * operator's; {@code respCode=00} means paid; {@code txnAmt} in fen. Answers {@code ok}.
 */
@ApplicationScoped
public class UnionPayChannel implements PaymentChannel {

    @Override
    public String name() {
        return "UNIONPAY";
    }

    @Override
    public Notification verify(Config config, Map<String, String> headers, String body, Instant now) throws Refused {
        Map<String, String> p = ChannelCrypto.form(body);
        String signature = p.get("signature");
        if (signature == null || signature.isEmpty()) {
            throw new Refused("signature-missing");
        }
        if (!"01".equals(p.get("signMethod"))) {
            throw new Refused("sign-method-unsupported");
        }
        String digest = sha256Hex(ChannelCrypto.signingString(p, "signature"));
        if (!ChannelCrypto.verify(ChannelCrypto.publicKey(config.publicKeyPem()), digest.getBytes(StandardCharsets.UTF_8), signature)) {
            throw new Refused("signature-mismatch");
        }
        if (config.merchantId() != null && !config.merchantId().equals(p.get("merId"))) {
            throw new Refused("merchant-mismatch");
        }
        try {
            return new Notification(p.get("orderId"), p.get("queryId"), BigDecimal.valueOf(Long.parseLong(p.get("txnAmt")), 2),
                    "00".equals(p.get("respCode")));
        } catch (RuntimeException e) {
            throw new Refused("body-malformed");
        }
    }

    static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Answer answer(boolean accepted, String message) {
        return new Answer(accepted ? 200 : 401, "text/plain", accepted ? "ok" : "fail");
    }
}
