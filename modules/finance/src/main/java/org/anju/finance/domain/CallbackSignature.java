package org.anju.finance.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox channel's notification signature, shaped like the real ones (WeChat Pay v3 signs
 * {@code timestamp\nnonce\nbody\n}): header {@code Anju-Sandbox-Signature: t=<unix seconds>,nonce=<random>,sig=<hex>}
 * with {@code sig = HMAC-SHA256(merchant key, t + "\n" + nonce + "\n" + body + "\n")}. A notification is used only
 * after this verifies, within five minutes of its timestamp; comparison is constant-time.
 */
public final class CallbackSignature {

    public static final String HEADER = "Anju-Sandbox-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private CallbackSignature() {
    }

    /** Why a notification was refused, or null when it verifies. */
    public static String refusal(byte[] key, String header, String body, Instant now) {
        if (header == null || header.isBlank()) {
            return "signature-missing";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String p : header.split(",")) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                parts.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            }
        }
        String t = parts.get("t");
        String nonce = parts.get("nonce");
        String sig = parts.get("sig");
        if (t == null || nonce == null || sig == null || !t.matches("\\d{1,12}") || nonce.isEmpty() || nonce.length() > 64) {
            return "signature-malformed";
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(t));
        if (Duration.between(at, now).abs().compareTo(TOLERANCE) > 0) {
            return "timestamp-out-of-window";
        }
        byte[] expected = mac(key, t, nonce, body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(sig.toLowerCase());
        } catch (IllegalArgumentException e) {
            return "signature-malformed";
        }
        return MessageDigest.isEqual(expected, given) ? null : "signature-mismatch";
    }

    /** The header value for a body (what the channel, or a test acting as the channel, sends). */
    public static String sign(byte[] key, long epochSeconds, String nonce, String body) {
        return "t=" + epochSeconds + ",nonce=" + nonce + ",sig=" + HexFormat.of().formatHex(mac(key, String.valueOf(epochSeconds), nonce, body));
    }

    /** The merchant key of an organization: HMAC-SHA256(platform sandbox secret, organization code). */
    public static byte[] merchantKey(String platformSecret, String organizationCode) {
        return hmac(platformSecret.getBytes(StandardCharsets.UTF_8), organizationCode.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(byte[] key, String t, String nonce, String body) {
        return hmac(key, (t + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
