package org.anju.security.api;

import java.util.Optional;

/**
 * Passwords of every account: 8 to 64 characters with at least one letter and one digit, and not the username.
 * Answers the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("validation.password.length");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("validation.password.mix");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("validation.password.username");
        }
        return Optional.empty();
    }
}
