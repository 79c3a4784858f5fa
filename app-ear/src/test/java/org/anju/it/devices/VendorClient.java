package org.anju.it.devices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client of the Anju vendor API that signs every request (docs/api/vendor-api.md section 3). JDK only
 * ({@code java.net.http}, {@code javax.crypto}): a vendor may copy this class as it is.
 *
 * <pre>{@code
 * VendorClient anju = new VendorClient("https://anju.example.com", "vk_...", "vs_...");
 * HttpResponse<String> r = anju.call("POST", "/api/v1/vendor/organizations/demo/devices", "{\"deviceId\":...}");
 * }</pre>
 *
 * Each call has a fresh timestamp and nonce; retrying a call means calling again (a new signature), never resending
 * the same headers (the nonce would be refused). Tests use {@link #sign} and {@link #send} separately to tamper.
 */
public final class VendorClient {

    /** One signed request: what is sent and the four headers that prove it. */
    public record Signed(String method, String pathAndQuery, byte[] body, String keyId, String timestamp, String nonce,
                         String signature) {

        public Signed withBody(String other) {
            return new Signed(method, pathAndQuery, other.getBytes(StandardCharsets.UTF_8), keyId, timestamp, nonce, signature);
        }

        public Signed withPath(String other) {
            return new Signed(method, other, body, keyId, timestamp, nonce, signature);
        }

        public Signed withSignature(String other) {
            return new Signed(method, pathAndQuery, body, keyId, timestamp, nonce, other);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String keyId;
    private final String secret;

    public VendorClient(String baseUrl, String keyId, String secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.keyId = keyId;
        this.secret = secret;
    }

    public String keyId() {
        return keyId;
    }

    /** Signs and sends; {@code body} may be null (GET). */
    public HttpResponse<String> call(String method, String pathAndQuery, String body) {
        return send(sign(method, pathAndQuery, body));
    }

    /** Signs with the current time and a fresh nonce. */
    public Signed sign(String method, String pathAndQuery, String body) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return sign(method, pathAndQuery, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                Instant.now().getEpochSecond(), HexFormat.of().formatHex(nonce));
    }

    /** Signs with a given timestamp (Unix seconds) and nonce. */
    public Signed sign(String method, String pathAndQuery, byte[] body, long timestamp, String nonce) {
        String ts = Long.toString(timestamp);
        String canonical = String.join("\n", "ANJU-HMAC-SHA256", keyId, method.toUpperCase(java.util.Locale.ROOT),
                pathAndQuery, ts, nonce, hex(sha256(body)));
        return new Signed(method, pathAndQuery, body, keyId, ts, nonce, hex(hmacSha256(secret, canonical)));
    }

    /** Sends exactly what the signed request says (the body as bytes, unchanged). */
    public HttpResponse<String> send(Signed s) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + s.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .header("X-Anju-Key", s.keyId())
                .header("X-Anju-Timestamp", s.timestamp())
                .header("X-Anju-Nonce", s.nonce())
                .header("X-Anju-Signature", s.signature())
                .header("Accept", "application/json");
        if (s.body().length > 0) {
            b.header("Content-Type", "application/json; charset=UTF-8");
        }
        b.method(s.method(), s.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(s.body()));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmacSha256(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
