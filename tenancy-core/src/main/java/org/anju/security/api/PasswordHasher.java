package org.anju.security.api;

/** Hashes and checks passwords (Argon2id through Shiro's password service). */
public interface PasswordHasher {

    String hash(String plaintext);

    boolean matches(String plaintext, String hash);
}
