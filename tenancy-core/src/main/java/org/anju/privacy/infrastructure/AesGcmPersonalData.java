package org.anju.privacy.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.privacy.api.PersonalData;

/**
 * AES-256-GCM with a random 96-bit IV per value; the field name is the additional authenticated data. Sealed form:
 * {@code pii1.<key version>.<base64url(iv | ciphertext | tag)>}. Blind index: HMAC-SHA256 with the organization's
 * index key over field and value, base64url, 32 characters.
 */
@ApplicationScoped
public class AesGcmPersonalData implements PersonalData {

    private static final String PREFIX = "pii1.";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantKeyStore keys;

    @Override
    public String seal(String field, String plain) {
        if (plain == null) {
            return null;
        }
        KeyRing ring = keys.ring();
        int version = ring.activeVersion();
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(ring.dataKeys().get(version), "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[12 + ct.length];
            System.arraycopy(iv, 0, out, 0, 12);
            System.arraycopy(ct, 0, out, 12, ct.length);
            return PREFIX + version + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    @Override
    public String open(String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        int version = versionOf(sealed);
        KeyRing ring = keys.ring();
        byte[] key = ring.dataKeys().get(version);
        if (key == null) {
            key = keys.reload().dataKeys().get(version);
        }
        if (key == null) {
            throw new IllegalStateException("no data key version " + version);
        }
        byte[] in = Base64.getUrlDecoder().decode(sealed.substring(sealed.indexOf('.', PREFIX.length()) + 1));
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, in, 0, 12));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open (tampered, or another field's)", e);
        }
    }

    @Override
    public String index(String field, String normalized) {
        if (normalized == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.ring().indexKey(), "HmacSHA256"));
            mac.update(field.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("index failed", e);
        }
    }

    @Override
    public int versionOf(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        int dot = sealed.indexOf('.', PREFIX.length());
        if (dot < 0) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            return Integer.parseInt(sealed.substring(PREFIX.length(), dot));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a sealed value", e);
        }
    }

    @Override
    public int currentVersion() {
        return keys.ring().activeVersion();
    }
}
