package org.anju.finance.infrastructure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.finance.api.PaymentChannel;

/**
 * Alipay asynchronous notifications: a form body whose {@code sign} (base64 SHA256withRSA, {@code sign_type=RSA2})
 * covers every other non-empty parameter sorted by name as {@code k=v&k=v}; {@code app_id} must be the operator's;
 * {@code trade_status} TRADE_SUCCESS or TRADE_FINISHED means paid; {@code total_amount} in yuan. Answers {@code success}.
 */
@ApplicationScoped
public class AlipayChannel implements PaymentChannel {

    @Override
    public String name() {
        return "ALIPAY";
    }

    @Override
    public Notification verify(Config config, Map<String, String> headers, String body, Instant now) throws Refused {
        Map<String, String> p = ChannelCrypto.form(body);
        String sign = p.get("sign");
        if (sign == null || sign.isEmpty()) {
            throw new Refused("signature-missing");
        }
        if (!"RSA2".equals(p.get("sign_type"))) {
            throw new Refused("sign-type-unsupported");
        }
        String content = ChannelCrypto.signingString(p, "sign", "sign_type");
        if (!ChannelCrypto.verify(ChannelCrypto.publicKey(config.publicKeyPem()), content.getBytes(StandardCharsets.UTF_8), sign)) {
            throw new Refused("signature-mismatch");
        }
        if (config.merchantId() != null && !config.merchantId().equals(p.get("app_id"))) {
            throw new Refused("merchant-mismatch");
        }
        try {
            String status = p.get("trade_status");
            return new Notification(p.get("out_trade_no"), p.get("trade_no"), new BigDecimal(p.get("total_amount")),
                    "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status));
        } catch (RuntimeException e) {
            throw new Refused("body-malformed");
        }
    }

    @Override
    public Answer answer(boolean accepted, String message) {
        return new Answer(accepted ? 200 : 401, "text/plain", accepted ? "success" : "failure");
    }
}
