package org.anju.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * R8.2.1: residents' personal data is sealed at rest with AES-256-GCM under the organization's data key (named by
 * version), bound to its field, and found again through a keyed blind index. The key ring is given directly: no
 * database, no tenant context.
 */
class AesGcmPersonalDataTest {

    private static final String ID = "household_member.id_number";
    private static final String PHONE = "household_member.phone";
    private static final String PLAIN = "11010519491231002X";

    /** A key store that answers a fixed ring (and, on reload, possibly a newer one), counting reloads. */
    static final class FixedKeys extends TenantKeyStore {
        KeyRing ring;
        KeyRing afterReload;
        int reloads;

        FixedKeys(KeyRing ring) {
            this.ring = ring;
        }

        @Override
        KeyRing ring() {
            return ring;
        }

        @Override
        KeyRing reload() {
            reloads++;
            if (afterReload != null) {
                ring = afterReload;
            }
            return ring;
        }
    }

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (seed * 31 + i);
        }
        return k;
    }

    private static KeyRing ring(Map<Integer, byte[]> dataKeys, int active, byte[] indexKey) {
        return new KeyRing(dataKeys, active, indexKey, System.currentTimeMillis());
    }

    /** Organization A, one data key version. */
    private static final KeyRing A = ring(Map.of(1, key(1)), 1, key(100));
    /** Organization B: its own keys, also at version 1. */
    private static final KeyRing B = ring(Map.of(1, key(2)), 1, key(200));

    private static AesGcmPersonalData sealer(FixedKeys keys) {
        AesGcmPersonalData d = new AesGcmPersonalData();
        d.keys = keys;
        return d;
    }

    private static AesGcmPersonalData sealer(KeyRing ring) {
        return sealer(new FixedKeys(ring));
    }

    /** The sealed value with one byte of its payload changed (decoded, flipped, encoded again). */
    private static String tampered(String sealed, int payloadIndex) {
        int dot = sealed.indexOf('.', "pii1.".length());
        byte[] payload = Base64.getUrlDecoder().decode(sealed.substring(dot + 1));
        payload[payloadIndex] ^= 0x01;
        return sealed.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    }

    @Test
    void sealThenOpenGivesTheValueBack() {
        AesGcmPersonalData d = sealer(A);
        assertThat(d.open(ID, d.seal(ID, PLAIN))).isEqualTo(PLAIN);
        assertThat(d.open(PHONE, d.seal(PHONE, "13812345678"))).isEqualTo("13812345678");
        assertThat(d.open("check_in.emergency_contact", d.seal("check_in.emergency_contact", "李四（父亲）138 1234 5678")))
                .isEqualTo("李四（父亲）138 1234 5678");
        assertThat(d.open(ID, d.seal(ID, ""))).isEmpty();
    }

    @Test
    void theSealedFormNamesItsVersionAndHidesTheValue() {
        String sealed = sealer(A).seal(ID, PLAIN);
        assertThat(sealed).startsWith("pii1.1.").doesNotContain(PLAIN).doesNotContain("19491231");
        byte[] payload = Base64.getUrlDecoder().decode(sealed.substring("pii1.1.".length()));
        assertThat(payload).as("96-bit IV, ciphertext, 128-bit tag").hasSize(12 + PLAIN.length() + 16);
        assertThat(new String(payload, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(PLAIN);
    }

    @Test
    void twoSealsOfTheSameValueDiffer() {
        AesGcmPersonalData d = sealer(A);
        String one = d.seal(ID, PLAIN);
        String two = d.seal(ID, PLAIN);
        assertThat(one).isNotEqualTo(two);
        assertThat(d.open(ID, one)).isEqualTo(d.open(ID, two)).isEqualTo(PLAIN);
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        AesGcmPersonalData d = sealer(A);
        String sealed = d.seal(ID, PLAIN);
        assertThatThrownBy(() -> d.open(ID, tampered(sealed, 0))).as("IV").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.open(ID, tampered(sealed, 15))).as("ciphertext").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> d.open(ID, tampered(sealed, 12 + PLAIN.length() + 3))).as("tag")
                .isInstanceOf(IllegalStateException.class);
        String truncated = sealed.substring(0, sealed.length() - 4);
        assertThatThrownBy(() -> d.open(ID, truncated)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aValueSealedForOneFieldDoesNotOpenAsAnother() {
        AesGcmPersonalData d = sealer(A);
        String phone = d.seal(PHONE, "13812345678");
        assertThatThrownBy(() -> d.open(ID, phone)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueOfOneOrganizationDoesNotOpenInAnother() {
        String sealedInA = sealer(A).seal(ID, PLAIN);
        assertThatThrownBy(() -> sealer(B).open(ID, sealedInA)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nullsStayNull() {
        AesGcmPersonalData d = sealer(A);
        assertThat(d.seal(ID, null)).isNull();
        assertThat(d.open(ID, null)).isNull();
        assertThat(d.index(ID, null)).isNull();
    }

    @Test
    void theBlindIndexIsDeterministicPerOrganizationKey() {
        String a1 = sealer(A).index(ID, PLAIN);
        String a2 = sealer(new FixedKeys(ring(Map.of(1, key(9)), 1, key(100)))).index(ID, PLAIN);
        assertThat(a1).isEqualTo(a2).hasSize(32).matches("[A-Za-z0-9_-]{32}").doesNotContain("19491231");
        assertThat(sealer(B).index(ID, PLAIN)).as("another organization's index key").isNotEqualTo(a1);
    }

    @Test
    void theBlindIndexSeparatesFieldsAndValues() {
        AesGcmPersonalData d = sealer(A);
        assertThat(d.index(PHONE, PLAIN)).isNotEqualTo(d.index(ID, PLAIN));
        assertThat(d.index(ID, "330106199001010018")).isNotEqualTo(d.index(ID, PLAIN));
        // the field and the value are separated: moving a character across the boundary changes the digest
        assertThat(d.index("ab", "c")).isNotEqualTo(d.index("a", "bc"));
    }

    @Test
    void afterARotationNewSealsUseTheNewVersionAndOldOnesStillOpen() {
        String old = sealer(A).seal(ID, PLAIN);
        KeyRing rotated = ring(Map.of(1, key(1), 2, key(3)), 2, key(100));
        AesGcmPersonalData d = sealer(rotated);
        String fresh = d.seal(ID, PLAIN);
        assertThat(d.currentVersion()).isEqualTo(2);
        assertThat(fresh).startsWith("pii1.2.");
        assertThat(d.versionOf(old)).isEqualTo(1);
        assertThat(d.versionOf(fresh)).isEqualTo(2);
        assertThat(d.open(ID, old)).isEqualTo(PLAIN);
        assertThat(d.open(ID, fresh)).isEqualTo(PLAIN);
        assertThat(d.index(ID, PLAIN)).as("search keeps working across a rotation").isEqualTo(sealer(A).index(ID, PLAIN));
        assertThatThrownBy(() -> sealer(A).open(ID, fresh)).as("version 2 is not in the old ring")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aVersionRotatedOnAnotherServerIsFoundByReloadingTheRing() {
        KeyRing rotated = ring(Map.of(1, key(1), 2, key(3)), 2, key(100));
        String fromOtherServer = sealer(rotated).seal(ID, PLAIN);
        FixedKeys stale = new FixedKeys(A);
        stale.afterReload = rotated;
        AesGcmPersonalData d = sealer(stale);
        assertThat(d.open(ID, sealer(A).seal(ID, PLAIN))).isEqualTo(PLAIN);
        assertThat(stale.reloads).as("a known version needs no reload").isZero();
        assertThat(d.open(ID, fromOtherServer)).isEqualTo(PLAIN);
        assertThat(stale.reloads).isEqualTo(1);
    }

    @Test
    void aVersionNobodyKnowsIsRefusedAfterOneReload() {
        FixedKeys keys = new FixedKeys(A);
        String v3 = sealer(ring(Map.of(3, key(4)), 3, key(100))).seal(ID, PLAIN);
        assertThatThrownBy(() -> sealer(keys).open(ID, v3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no data key version 3");
        assertThat(keys.reloads).isEqualTo(1);
    }

    @Test
    void somethingThatIsNotSealedHasNoVersion() {
        AesGcmPersonalData d = sealer(A);
        assertThatThrownBy(() -> d.versionOf(PLAIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.versionOf(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.versionOf("pii1.7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.versionOf("pii1.x.abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.open(ID, PLAIN)).isInstanceOf(IllegalArgumentException.class);
    }
}
