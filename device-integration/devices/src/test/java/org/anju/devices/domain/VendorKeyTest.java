package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.anju.kernel.api.ProblemException;
import org.junit.jupiter.api.Test;

/** A key's life: active, ending after a rotation (never later than set), expired, revoked for good. */
class VendorKeyTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void rotationEndsAnOpenKeyAfterTheGraceAndNeverLengthensIt() {
        VendorKey k = new VendorKey("vk_aaaaaaaaaaaaaaaa", 1, "sealed", "admin@platform", T0);
        assertThat(k.state(T0)).isEqualTo(VendorKey.State.ACTIVE);
        assertThat(k.endAt(T0.plusSeconds(3600), T0)).isTrue();
        assertThat(k.state(T0.plusSeconds(3599))).isEqualTo(VendorKey.State.EXPIRING);
        assertThat(k.usable(T0.plusSeconds(3599))).isTrue();
        assertThat(k.state(T0.plusSeconds(3600))).isEqualTo(VendorKey.State.EXPIRED);
        assertThat(k.usable(T0.plusSeconds(3600))).isFalse();
        assertThat(k.endAt(T0.plusSeconds(999_999), T0.plusSeconds(10))).as("a second rotation keeps the sooner end").isFalse();
        assertThat(k.expiresAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void revocationIsImmediateAndFinal() {
        VendorKey k = new VendorKey("vk_aaaaaaaaaaaaaaaa", 1, "sealed", "admin@platform", T0);
        k.revoke("admin@platform", "leaked", T0.plusSeconds(5));
        assertThat(k.state(T0.plusSeconds(5))).isEqualTo(VendorKey.State.REVOKED);
        assertThat(k.usable(T0.plusSeconds(5))).isFalse();
        assertThat(k.endAt(T0.plusSeconds(100), T0.plusSeconds(6))).isFalse();
        assertThatThrownBy(() -> k.revoke("admin@platform", "again", T0.plusSeconds(7)))
                .isInstanceOf(ProblemException.class).hasMessage("vendor-key-revoked");
    }
}
