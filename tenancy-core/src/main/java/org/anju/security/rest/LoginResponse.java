package org.anju.security.rest;

import java.time.Instant;

/** The bearer token (shown once), when it expires, and the user. */
public record LoginResponse(String token, String tokenType, Instant expiresAt, UserView user) {

    @Override
    public String toString() {
        return "LoginResponse[" + user.username() + ", expiresAt=" + expiresAt + "]";
    }
}
