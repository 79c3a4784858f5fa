package org.anju.security.api;

import java.time.Duration;
import java.time.Instant;

/**
 * Account lockout: {@code maxAttempts} failed passwords within {@code window} lock the account for
 * {@code lockDuration} (defaults 5, 15 min, 15 min; configurable). The lock is per organization and user, because
 * each organization's users live in its own schema.
 */
public record LockoutPolicy(int maxAttempts, Duration window, Duration lockDuration) {

    public LockoutPolicy {
        if (maxAttempts < 1 || window.isNegative() || window.isZero() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("invalid lockout policy");
        }
    }

    /** The counter after one more failure at {@code now}: failures older than the window start a new count. */
    public int nextFailureCount(int count, Instant firstFailedAt, Instant now) {
        if (firstFailedAt == null || firstFailedAt.plus(window).isBefore(now) || count <= 0) {
            return 1;
        }
        return count + 1;
    }

    /** The lock end for a count, or null when it stays unlocked. */
    public Instant lockUntil(int count, Instant now) {
        return count >= maxAttempts ? now.plus(lockDuration) : null;
    }

    /** Counter, window start and lock of an account. */
    public record State(int failedCount, Instant firstFailedAt, Instant lockedUntil) {
    }

    /** The state after one more failed password at {@code now}; reaching the limit locks and restarts the count. */
    public State afterFailure(State before, Instant now) {
        int next = nextFailureCount(before.failedCount(), before.firstFailedAt(), now);
        Instant first = next == 1 ? now : before.firstFailedAt();
        Instant until = lockUntil(next, now);
        return until != null ? new State(0, null, until) : new State(next, first, before.lockedUntil());
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
