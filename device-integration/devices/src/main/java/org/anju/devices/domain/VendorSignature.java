package org.anju.devices.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a vendor API request (docs/api/vendor-api.md section 3, ADR 0020): HMAC-SHA256, keyed with the
 * secret's UTF-8 bytes, over a canonical string of seven lines — an algorithm tag, the key id, the method, the path with
 * its query exactly as sent, the timestamp, the nonce and the SHA-256 of the raw body. Everything that can change what a
 * request does is signed; a replay inside the time window is stopped by the nonce, outside it by the timestamp.
 *
 * <p>Pure functions and constants only, so the vendor's side (the test client) and the platform compute the same bytes.
 */
public final class VendorSignature {

    public static final String ALGORITHM = "ANJU-HMAC-SHA256";
    public static final String KEY_HEADER = "X-Anju-Key";
    public static final String TIMESTAMP_HEADER = "X-Anju-Timestamp";
    public static final String NONCE_HEADER = "X-Anju-Nonce";
    public static final String SIGNATURE_HEADER = "X-Anju-Signature";

    /** How far a request's timestamp may be from the server's clock, either way. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    /** Nonces: long enough to be random, short enough to index; no characters that need escaping anywhere. */
    public static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    /** Key ids as issued ({@code vk_} + 16 characters); anything else is not worth a database lookup. */
    public static final Pattern KEY_ID = Pattern.compile("vk_[a-z0-9]{16}");
    /** Unix seconds, at most 12 digits (the year 33658), so parsing cannot overflow. */
    public static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    /** A lower-case or upper-case hex HMAC-SHA256. */
    public static final Pattern SIGNATURE = Pattern.compile("[0-9a-fA-F]{64}");

    /** SHA-256 of the empty body. */
    public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private VendorSignature() {
    }

    /** The canonical string: seven lines joined by LF, no trailing newline. */
    public static String canonical(String keyId, String method, String pathAndQuery, String timestamp, String nonce,
                                   String bodySha256Hex) {
        return String.join("\n", ALGORITHM, keyId, method.toUpperCase(Locale.ROOT), pathAndQuery, timestamp, nonce,
                bodySha256Hex);
    }

    /** Lower-case hex SHA-256 of the raw body bytes ({@link #EMPTY_BODY_SHA256} for none). */
    public static String bodySha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex HMAC-SHA256 of the canonical string, keyed with the secret's UTF-8 bytes. */
    public static String sign(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a presented signature is the expected one; constant time in the content (no timing oracle). */
    public static boolean matches(String expectedHex, String presentedHex) {
        if (expectedHex == null || presentedHex == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                presentedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a timestamp (Unix seconds) is within {@link #MAX_SKEW} of {@code now}, either way. */
    public static boolean withinSkew(long timestampSeconds, Instant now) {
        return Math.abs(now.getEpochSecond() - timestampSeconds) <= MAX_SKEW.toSeconds();
    }

    /** Until when a nonce must be remembered: after that, its request is refused by the timestamp anyway. */
    public static Instant nonceExpiry(long timestampSeconds) {
        return Instant.ofEpochSecond(timestampSeconds).plus(MAX_SKEW);
    }
}
