package org.anju.devices.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals vendor API secrets at rest (ADR 0020). HMAC verification needs the secret itself, so it cannot be hashed like a
 * password: it is encrypted with AES-256-GCM under a key derived from the platform's master key
 * ({@code ANJU_PII_MASTER_KEY}, the one secret operations already guard; HMAC-SHA256 with a purpose label, so the
 * vendor key never equals the key that wraps the organizations' data keys). The key id is the additional
 * authenticated data: a sealed secret copied onto another key's row does not open.
 *
 * <p>Sealed form {@code vs1.<master key id>.<base64url(iv | ciphertext | tag)>}. After a master key change
 * ({@code ANJU_PII_MASTER_KEY_PREVIOUS} set to the old one) secrets sealed under the old key still open and
 * {@link #needsReseal} tells the caller to seal them again under the new one.
 *
 * <p>Why not the privacy module's {@code MasterKey}: it is tenancy-core infrastructure, which modules may not use; this
 * reads the same configuration and computes the same master key id.
 */
@ApplicationScoped
public class VendorSecretBox {

    /** The development master key of server-config (privacy's default): the demo only, never production. */
    static final String DEVELOPMENT_KEY = "YW5qdS1kZXZlbG9wbWVudC1tYXN0ZXIta2V5LTAwMDE=";
    private static final String PREFIX = "vs1.";
    private static final byte[] PURPOSE = "anju/vendor-api-secrets/v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ANJU_PII_MASTER_KEY", defaultValue = DEVELOPMENT_KEY)
    String current;

    @Inject
    @ConfigProperty(name = "ANJU_PII_MASTER_KEY_PREVIOUS")
    Optional<String> previous;

    private Key currentKey;
    private Key previousKey;

    private record Key(String masterId, byte[] aes) {
    }

    public VendorSecretBox() {
    }

    /** For unit tests: a box over given master keys (base64), the previous one may be null. */
    public VendorSecretBox(String currentMaster, String previousMaster) {
        this.current = currentMaster;
        this.previous = Optional.ofNullable(previousMaster);
        init();
    }

    @PostConstruct
    void init() {
        currentKey = derive(current, "ANJU_PII_MASTER_KEY");
        previousKey = previous.filter(p -> !p.isBlank()).map(p -> derive(p, "ANJU_PII_MASTER_KEY_PREVIOUS")).orElse(null);
    }

    public String seal(String keyId, String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(currentKey.aes(), "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[12 + ct.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(ct, 0, out, 12, ct.length);
            return PREFIX + currentKey.masterId() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing a vendor secret failed", e);
        }
    }

    public String open(String keyId, String sealed) {
        String[] parts = sealed == null ? new String[0] : sealed.split("\\.");
        if (parts.length != 3 || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed vendor secret (key " + keyId + ")");
        }
        Key key = keyFor(parts[1]);
        byte[] in = Base64.getUrlDecoder().decode(parts[2]);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.aes(), "AES"), new GCMParameterSpec(128, in, 0, 12));
            c.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret of vendor key " + keyId + " does not open (tampered or moved)", e);
        }
    }

    /** Whether a sealed secret was made under the previous master key and should be sealed again. */
    public boolean needsReseal(String sealed) {
        return sealed != null && !sealed.startsWith(PREFIX + currentKey.masterId() + ".");
    }

    private Key keyFor(String masterId) {
        if (currentKey.masterId().equals(masterId)) {
            return currentKey;
        }
        if (previousKey != null && previousKey.masterId().equals(masterId)) {
            return previousKey;
        }
        throw new IllegalStateException("A vendor secret is sealed under master key " + masterId
                + ", which is neither ANJU_PII_MASTER_KEY nor ANJU_PII_MASTER_KEY_PREVIOUS");
    }

    private static Key derive(String base64, String name) {
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (master.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (256 bits) in base64");
        }
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(master)).substring(0, 16);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return new Key(id, mac.doFinal(PURPOSE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
