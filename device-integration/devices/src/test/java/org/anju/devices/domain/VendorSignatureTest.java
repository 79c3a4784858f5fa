package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The canonical string and the signature of docs/api/vendor-api.md, byte for byte, and that every signed part counts. */
class VendorSignatureTest {

    // The worked example of docs/api/vendor-api.md section 3 (computed independently with Python's hmac/hashlib).
    static final String KEY_ID = "vk_7h3k9q2m4x8c5r1t";
    static final String SECRET = "vs_Qm9va3NoZWxmLWV4YW1wbGUtc2VjcmV0LTAwMDAwMDA";
    static final String PATH = "/api/v1/vendor/organizations/demo/devices";
    static final String TIMESTAMP = "1767225600";
    static final String NONCE = "5f2b8c1e9a7d4e3f";
    static final String BODY = "{\"deviceId\":\"LK-1001\",\"kind\":\"SMART_LOCK\",\"model\":\"S7\",\"serial\":\"SN20260001\",\"unitId\":42}";
    static final String BODY_SHA256 = "5a3048276c8dc817eb1b49bcaedf37b84cd326a3cbc7e9e99597e22067216b11";
    static final String SIGNATURE = "94a6f3fe0e752a58fbe41b303d99165428db1d2b12351a67896b19bb4e474a5b";

    static String sign(String keyId, String method, String path, String ts, String nonce, String body) {
        return VendorSignature.sign(SECRET, VendorSignature.canonical(keyId, method, path, ts, nonce,
                VendorSignature.bodySha256(body.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void canonicalStringIsSevenLinesWithoutTrailingNewline() {
        String c = VendorSignature.canonical(KEY_ID, "post", PATH, TIMESTAMP, NONCE, BODY_SHA256);
        assertThat(c).isEqualTo("ANJU-HMAC-SHA256\nvk_7h3k9q2m4x8c5r1t\nPOST\n/api/v1/vendor/organizations/demo/devices\n"
                + "1767225600\n5f2b8c1e9a7d4e3f\n" + BODY_SHA256);
        assertThat(c.split("\n", -1)).hasSize(7);
    }

    @Test
    void knownTestVector() {
        assertThat(VendorSignature.bodySha256(BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(BODY_SHA256);
        assertThat(sign(KEY_ID, "POST", PATH, TIMESTAMP, NONCE, BODY)).isEqualTo(SIGNATURE);
        assertThat(VendorSignature.bodySha256(new byte[0])).isEqualTo(VendorSignature.EMPTY_BODY_SHA256);
        assertThat(VendorSignature.bodySha256(null)).isEqualTo(VendorSignature.EMPTY_BODY_SHA256);
    }

    @Test
    void tamperingWithAnyPartChangesTheSignature() {
        assertThat(sign("vk_7h3k9q2m4x8c5r1u", "POST", PATH, TIMESTAMP, NONCE, BODY)).isNotEqualTo(SIGNATURE);
        assertThat(sign(KEY_ID, "PUT", PATH, TIMESTAMP, NONCE, BODY)).isNotEqualTo(SIGNATURE);
        assertThat(sign(KEY_ID, "POST", "/api/v1/vendor/organizations/other/devices", TIMESTAMP, NONCE, BODY)).isNotEqualTo(SIGNATURE);
        assertThat(sign(KEY_ID, "POST", PATH + "?x=1", TIMESTAMP, NONCE, BODY)).isNotEqualTo(SIGNATURE);
        assertThat(sign(KEY_ID, "POST", PATH, "1767225601", NONCE, BODY)).isNotEqualTo(SIGNATURE);
        assertThat(sign(KEY_ID, "POST", PATH, TIMESTAMP, "5f2b8c1e9a7d4e3e", BODY)).isNotEqualTo(SIGNATURE);
        assertThat(sign(KEY_ID, "POST", PATH, TIMESTAMP, NONCE, BODY.replace("42", "43"))).isNotEqualTo(SIGNATURE);
        // Whitespace is content: re-serialised JSON is another body.
        assertThat(sign(KEY_ID, "POST", PATH, TIMESTAMP, NONCE, BODY + "\n")).isNotEqualTo(SIGNATURE);
        assertThat(VendorSignature.sign(SECRET + "x", VendorSignature.canonical(KEY_ID, "POST", PATH, TIMESTAMP, NONCE,
                BODY_SHA256))).isNotEqualTo(SIGNATURE);
    }

    @Test
    void matchingIsExactButAcceptsUpperCaseHex() {
        assertThat(VendorSignature.matches(SIGNATURE, SIGNATURE)).isTrue();
        assertThat(VendorSignature.matches(SIGNATURE, SIGNATURE.toUpperCase())).isTrue();
        assertThat(VendorSignature.matches(SIGNATURE, SIGNATURE.substring(0, 63) + "c")).isFalse();
        assertThat(VendorSignature.matches(SIGNATURE, SIGNATURE.substring(0, 62))).isFalse();
        assertThat(VendorSignature.matches(SIGNATURE, null)).isFalse();
    }

    @Test
    void skewIsFiveMinutesEitherWayAndNoncesOutliveIt() {
        Instant now = Instant.ofEpochSecond(1_767_225_600L);
        assertThat(VendorSignature.withinSkew(now.getEpochSecond(), now)).isTrue();
        assertThat(VendorSignature.withinSkew(now.getEpochSecond() - 300, now)).isTrue();
        assertThat(VendorSignature.withinSkew(now.getEpochSecond() + 300, now)).isTrue();
        assertThat(VendorSignature.withinSkew(now.getEpochSecond() - 301, now)).isFalse();
        assertThat(VendorSignature.withinSkew(now.getEpochSecond() + 301, now)).isFalse();
        // A request dated 300 s ahead is accepted until 300 s after its timestamp: its nonce is kept that long.
        assertThat(VendorSignature.nonceExpiry(now.getEpochSecond() + 300)).isEqualTo(now.plusSeconds(600));
    }

    @Test
    void headerFormats() {
        assertThat(VendorSignature.KEY_ID.matcher(KEY_ID).matches()).isTrue();
        assertThat(VendorSignature.KEY_ID.matcher("vk_' OR 1=1 --").matches()).isFalse();
        assertThat(VendorSignature.NONCE.matcher(NONCE).matches()).isTrue();
        assertThat(VendorSignature.NONCE.matcher("short").matches()).isFalse();
        assertThat(VendorSignature.NONCE.matcher("with space 0123456789").matches()).isFalse();
        assertThat(VendorSignature.TIMESTAMP.matcher(TIMESTAMP).matches()).isTrue();
        assertThat(VendorSignature.TIMESTAMP.matcher("-1").matches()).isFalse();
        assertThat(VendorSignature.TIMESTAMP.matcher("2026-01-01T00:00:00Z").matches()).isFalse();
        assertThat(VendorSignature.SIGNATURE.matcher(SIGNATURE).matches()).isTrue();
    }
}
