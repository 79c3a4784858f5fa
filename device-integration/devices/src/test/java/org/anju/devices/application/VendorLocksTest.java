package org.anju.devices.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.kernel.api.ProblemException;
import org.junit.jupiter.api.Test;

/** The ingest's refusal reasons become answers a vendor's developer can act on: the field, the state, the size. */
class VendorLocksTest {

    @Test
    void aMissingOrBadFieldIsA400NamingIt() {
        ProblemException missing = VendorLocks.refusal("LK-1", "missing-field:eventId");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("eventId"));
        ProblemException bad = VendorLocks.refusal("LK-1", "bad-field:at");
        assertThat(bad.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("at"));
        assertThat(VendorLocks.refusal("LK-1", "unknown-method").violations().get(0).field()).isEqualTo("method");
        assertThat(VendorLocks.refusal("LK-1", "malformed-json").violations().get(0).field()).isEqualTo("body");
    }

    @Test
    void stateSizeAndOwnershipHaveTheirOwnAnswers() {
        ProblemException pending = VendorLocks.refusal("LK-1", "device-not-approved");
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.code()).isEqualTo("vendor-message-refused");
        assertThat(pending.extensions()).containsEntry("reason", "device-not-approved");
        assertThat(VendorLocks.refusal("LK-1", "payload-too-large").status()).isEqualTo(413);
        assertThat(VendorLocks.refusal("LK-1", "wrong-organization").code()).isEqualTo("vendor-device-not-found");
        assertThat(VendorLocks.refusal("LK-1", "unknown-device").status()).isEqualTo(404);
    }
}
