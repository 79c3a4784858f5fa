package org.anju.security.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.security.api.PasswordHasher;
import org.apache.shiro.authc.credential.DefaultPasswordService;

/** Argon2id through Shiro 2's password service (the default algorithm with {@code shiro-hashes-argon2} present). */
@ApplicationScoped
public class ShiroPasswordHasher implements PasswordHasher {

    private final DefaultPasswordService service = new DefaultPasswordService();

    /** A hash of nothing anybody knows, checked when the user does not exist so that timing reveals nothing. */
    private volatile String decoy;

    @Override
    public String hash(String plaintext) {
        return service.encryptPassword(plaintext);
    }

    @Override
    public boolean matches(String plaintext, String hash) {
        if (plaintext == null || hash == null) {
            return false;
        }
        try {
            return service.passwordsMatch(plaintext, hash);
        } catch (RuntimeException e) {
            return false; // an unreadable stored hash never matches
        }
    }

    /** Spends the time of one real check, for unknown users. */
    public void burn(String plaintext) {
        String d = decoy;
        if (d == null) {
            d = service.encryptPassword("decoy-" + System.nanoTime());
            decoy = d;
        }
        matches(plaintext == null ? "" : plaintext, d);
    }
}
