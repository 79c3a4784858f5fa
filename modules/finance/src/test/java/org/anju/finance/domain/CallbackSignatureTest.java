package org.anju.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** R6.4b: a notification is used only when its signature verifies, within five minutes. */
class CallbackSignatureTest {

    private static final byte[] KEY = CallbackSignature.merchantKey("secret", "acme");
    private static final String BODY = "{\"orderNo\":\"P1\",\"amount\":\"682.50\",\"status\":\"SUCCESS\"}";
    private static final Instant NOW = Instant.ofEpochSecond(1_790_000_000L);

    @Test
    void aCorrectSignatureVerifies() {
        String header = CallbackSignature.sign(KEY, NOW.getEpochSecond(), "n1", BODY);
        assertThat(CallbackSignature.refusal(KEY, header, BODY, NOW.plusSeconds(30))).isNull();
    }

    @Test
    void aTamperedBodyAnotherMerchantsKeyOrAStaleTimestampIsRefused() {
        String header = CallbackSignature.sign(KEY, NOW.getEpochSecond(), "n1", BODY);
        assertThat(CallbackSignature.refusal(KEY, header, BODY.replace("682.50", "1.00"), NOW)).isEqualTo("signature-mismatch");
        assertThat(CallbackSignature.refusal(CallbackSignature.merchantKey("secret", "other"), header, BODY, NOW))
                .isEqualTo("signature-mismatch");
        assertThat(CallbackSignature.refusal(KEY, header, BODY, NOW.plusSeconds(301))).isEqualTo("timestamp-out-of-window");
    }

    @Test
    void missingOrMalformedHeadersAreRefused() {
        assertThat(CallbackSignature.refusal(KEY, null, BODY, NOW)).isEqualTo("signature-missing");
        assertThat(CallbackSignature.refusal(KEY, "t=abc,nonce=x,sig=00", BODY, NOW)).isEqualTo("signature-malformed");
        assertThat(CallbackSignature.refusal(KEY, "t=" + NOW.getEpochSecond() + ",nonce=x,sig=zz", BODY, NOW))
                .isEqualTo("signature-malformed");
    }
}
