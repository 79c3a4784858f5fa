package org.anju.privacy.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's master key ({@code ANJU_PII_MASTER_KEY}, 32 bytes in base64): it only wraps the organizations' data
 * keys. After a change of master key, set the old one as {@code ANJU_PII_MASTER_KEY_PREVIOUS}: data keys wrapped by it
 * are re-wrapped by the new one as they are loaded.
 */
@ApplicationScoped
public class MasterKey {

    /** The development key of server-config: good for the demo, never for production (a warning says so). */
    static final String DEVELOPMENT_KEY = "YW5qdS1kZXZlbG9wbWVudC1tYXN0ZXIta2V5LTAwMDE=";

    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "ANJU_PII_MASTER_KEY", defaultValue = DEVELOPMENT_KEY)
    String current;

    @Inject
    @ConfigProperty(name = "ANJU_PII_MASTER_KEY_PREVIOUS")
    Optional<String> previous;

    private byte[] key;
    private String id;
    private byte[] previousKey;
    private String previousId;

    @PostConstruct
    void init() {
        key = decode(current, "ANJU_PII_MASTER_KEY");
        id = idOf(key);
        previous.filter(p -> !p.isBlank()).ifPresent(p -> {
            previousKey = decode(p, "ANJU_PII_MASTER_KEY_PREVIOUS");
            previousId = idOf(previousKey);
        });
        if (DEVELOPMENT_KEY.equals(current)) {
            LOG.warning("ANJU_PII_MASTER_KEY is the development key: set a key of your own (32 random bytes, base64) "
                    + "before storing real residents' data");
        }
    }

    public String id() {
        return id;
    }

    public byte[] wrap(byte[] dataKey, String context) {
        return crypt(Cipher.ENCRYPT_MODE, key, dataKey, context);
    }

    /** Unwraps with the current master key, or with the previous one when {@code masterKeyId} names it. */
    public byte[] unwrap(byte[] wrapped, String masterKeyId, String context) {
        if (id.equals(masterKeyId)) {
            return crypt(Cipher.DECRYPT_MODE, key, wrapped, context);
        }
        if (previousKey != null && previousId.equals(masterKeyId)) {
            return crypt(Cipher.DECRYPT_MODE, previousKey, wrapped, context);
        }
        throw new IllegalStateException("A data key is wrapped by master key " + masterKeyId
                + ", which is neither ANJU_PII_MASTER_KEY nor ANJU_PII_MASTER_KEY_PREVIOUS");
    }

    private static byte[] crypt(int mode, byte[] key, byte[] input, String context) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            if (mode == Cipher.ENCRYPT_MODE) {
                byte[] iv = new byte[12];
                RANDOM.nextBytes(iv);
                c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
                c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
                byte[] ct = c.doFinal(input);
                byte[] out = new byte[12 + ct.length];
                System.arraycopy(iv, 0, out, 0, 12);
                System.arraycopy(ct, 0, out, 12, ct.length);
                return out;
            }
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, input, 0, 12));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(input, 12, input.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("master key operation failed", e);
        }
    }

    private static byte[] decode(String base64, String name) {
        byte[] k;
        try {
            k = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (k.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (256 bits) in base64");
        }
        return k;
    }

    static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
