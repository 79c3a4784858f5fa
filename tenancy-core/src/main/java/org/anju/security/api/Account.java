package org.anju.security.api;

import java.time.Instant;
import java.util.Set;

/**
 * One account as the realm sees it: credentials, lock state and grants. Produced by an {@link AccountDirectory};
 * never leaves the server.
 */
public record Account(
        long id,
        String username,
        String displayName,
        String passwordHash,
        AccountStatus status,
        int failedLoginCount,
        Instant firstFailedAt,
        Instant lockedUntil,
        Set<String> roles,
        Set<String> permissions,
        boolean mustChangePassword) {

    @Override
    public String toString() {
        return "Account[" + id + ", " + username + ", " + status + "]";
    }
}
