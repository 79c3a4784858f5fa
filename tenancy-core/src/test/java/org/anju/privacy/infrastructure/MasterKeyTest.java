package org.anju.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * R8.2.1: the platform's master key only wraps the organizations' data keys, bound to their context
 * ({@code schema/purpose/version}); after a change of master key, keys wrapped by the previous one still unwrap.
 */
class MasterKeyTest {

    private static final String K1 = base64(1);
    private static final String K2 = base64(2);
    private static final String CONTEXT = "org_acme/DATA/1";

    private static String base64(int seed) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) seed);
        k[0] = (byte) (seed + 7);
        return Base64.getEncoder().encodeToString(k);
    }

    private static MasterKey master(String current, String previous) {
        MasterKey m = new MasterKey();
        m.current = current;
        m.previous = Optional.ofNullable(previous);
        m.init();
        return m;
    }

    private static byte[] dataKey() {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (i * 7 + 3);
        }
        return k;
    }

    @Test
    void theDevelopmentKeyOfServerConfigIsAValidKey() {
        MasterKey m = master(MasterKey.DEVELOPMENT_KEY, null);
        assertThat(m.id()).matches("[0-9a-f]{16}");
        assertThat(m.unwrap(m.wrap(dataKey(), CONTEXT), m.id(), CONTEXT)).isEqualTo(dataKey());
    }

    @Test
    void wrapThenUnwrapGivesTheDataKeyBack() {
        MasterKey m = master(K1, null);
        byte[] wrapped = m.wrap(dataKey(), CONTEXT);
        assertThat(wrapped).hasSize(12 + 32 + 16);
        assertThat(Arrays.equals(Arrays.copyOfRange(wrapped, 12, 44), dataKey())).isFalse();
        assertThat(m.wrap(dataKey(), CONTEXT)).as("a fresh IV every time").isNotEqualTo(wrapped);
        assertThat(m.unwrap(wrapped, m.id(), CONTEXT)).isEqualTo(dataKey());
    }

    @Test
    void aKeyWrappedForOneContextDoesNotUnwrapForAnother() {
        MasterKey m = master(K1, null);
        byte[] wrapped = m.wrap(dataKey(), CONTEXT);
        assertThatThrownBy(() -> m.unwrap(wrapped, m.id(), "org_other/DATA/1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.unwrap(wrapped, m.id(), "org_acme/INDEX/1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.unwrap(wrapped, m.id(), "org_acme/DATA/2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedWrappedKeyDoesNotUnwrap() {
        MasterKey m = master(K1, null);
        byte[] wrapped = m.wrap(dataKey(), CONTEXT);
        wrapped[20] ^= 0x10;
        assertThatThrownBy(() -> m.unwrap(wrapped, m.id(), CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theIdNamesTheKeyWithoutRevealingIt() {
        MasterKey one = master(K1, null);
        assertThat(one.id()).isEqualTo(master(K1, null).id()).matches("[0-9a-f]{16}");
        assertThat(master(K2, null).id()).isNotEqualTo(one.id());
        assertThat(MasterKey.idOf(Base64.getDecoder().decode(K1))).isEqualTo(one.id());
    }

    @Test
    void keysWrappedByThePreviousMasterKeyStillUnwrapAfterAChange() {
        MasterKey before = master(K1, null);
        byte[] wrappedBefore = before.wrap(dataKey(), CONTEXT);

        MasterKey after = master(K2, K1);
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.unwrap(wrappedBefore, before.id(), CONTEXT)).isEqualTo(dataKey());
        // re-wrapped by the new key, as the key store does on load
        byte[] rewrapped = after.wrap(dataKey(), CONTEXT);
        assertThat(after.unwrap(rewrapped, after.id(), CONTEXT)).isEqualTo(dataKey());
        assertThat(master(K2, null).unwrap(rewrapped, after.id(), CONTEXT)).isEqualTo(dataKey());
    }

    @Test
    void aKeyOfAnUnknownMasterKeyIsRefusedNamingTheSettings() {
        byte[] wrapped = master(K1, null).wrap(dataKey(), CONTEXT);
        String oldId = master(K1, null).id();
        assertThatThrownBy(() -> master(K2, null).unwrap(wrapped, oldId, CONTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(oldId)
                .hasMessageContaining("ANJU_PII_MASTER_KEY_PREVIOUS");
        assertThatThrownBy(() -> master(K2, "  ").unwrap(wrapped, oldId, CONTEXT)).as("a blank previous key is none")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadKeyStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> master("not base64 at all!", null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("ANJU_PII_MASTER_KEY is not base64");
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> master(sixteenBytes, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ANJU_PII_MASTER_KEY must be 32 bytes");
        assertThatThrownBy(() -> master(K1, sixteenBytes)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ANJU_PII_MASTER_KEY_PREVIOUS must be 32 bytes");
        assertThat(master(" " + K1 + "\n", null).id()).as("surrounding white space is ignored")
                .isEqualTo(master(K1, null).id());
    }
}
