package org.anju.devices.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Vendor secrets are sealed at rest, bound to their key id, and survive a change of master key. */
class VendorSecretBoxTest {

    static final String OLD = VendorSecretBox.DEVELOPMENT_KEY;
    static final String NEW = Base64.getEncoder().encodeToString("another-master-key-of-32-bytes!!".getBytes());

    @Test
    void sealsAndOpensWithoutShowingTheSecret() {
        VendorSecretBox box = new VendorSecretBox(OLD, null);
        String sealed = box.seal("vk_aaaaaaaaaaaaaaaa", "vs_secret");
        assertThat(sealed).startsWith("vs1.").doesNotContain("secret");
        assertThat(box.open("vk_aaaaaaaaaaaaaaaa", sealed)).isEqualTo("vs_secret");
        assertThat(box.seal("vk_aaaaaaaaaaaaaaaa", "vs_secret")).as("a fresh IV every time").isNotEqualTo(sealed);
        assertThat(box.needsReseal(sealed)).isFalse();
    }

    @Test
    void aSealedSecretMovedToAnotherKeyDoesNotOpen() {
        VendorSecretBox box = new VendorSecretBox(OLD, null);
        String sealed = box.seal("vk_aaaaaaaaaaaaaaaa", "vs_secret");
        assertThatThrownBy(() -> box.open("vk_bbbbbbbbbbbbbbbb", sealed)).isInstanceOf(IllegalStateException.class);
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> box.open("vk_aaaaaaaaaaaaaaaa", tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewMasterKeyOpensOldSealsThroughThePreviousOneAndAsksToReseal() {
        String sealedUnderOld = new VendorSecretBox(OLD, null).seal("vk_aaaaaaaaaaaaaaaa", "vs_secret");
        VendorSecretBox rolled = new VendorSecretBox(NEW, OLD);
        assertThat(rolled.open("vk_aaaaaaaaaaaaaaaa", sealedUnderOld)).isEqualTo("vs_secret");
        assertThat(rolled.needsReseal(sealedUnderOld)).isTrue();
        String resealed = rolled.seal("vk_aaaaaaaaaaaaaaaa", "vs_secret");
        assertThat(rolled.needsReseal(resealed)).isFalse();
        assertThat(new VendorSecretBox(NEW, null).open("vk_aaaaaaaaaaaaaaaa", resealed)).isEqualTo("vs_secret");
        assertThatThrownBy(() -> new VendorSecretBox(NEW, null).open("vk_aaaaaaaaaaaaaaaa", sealedUnderOld))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ANJU_PII_MASTER_KEY_PREVIOUS");
    }
}
