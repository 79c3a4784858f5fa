package org.anju.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Five wrong passwords within 15 minutes lock the account for 15 minutes. */
class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void fifthFailureInsideTheWindowLocks() {
        LockoutPolicy.State s = new LockoutPolicy.State(0, null, null);
        for (int i = 0; i < 4; i++) {
            s = policy.afterFailure(s, t0.plusSeconds(60L * i));
            assertThat(s.lockedUntil()).isNull();
        }
        assertThat(s.failedCount()).isEqualTo(4);
        s = policy.afterFailure(s, t0.plusSeconds(240));
        assertThat(s.lockedUntil()).isEqualTo(t0.plusSeconds(240).plus(Duration.ofMinutes(15)));
        assertThat(LockoutPolicy.isLocked(s.lockedUntil(), t0.plusSeconds(241))).isTrue();
        assertThat(LockoutPolicy.isLocked(s.lockedUntil(), t0.plusSeconds(240 + 15 * 60 + 1))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowStartAFreshCount() {
        LockoutPolicy.State s = new LockoutPolicy.State(0, null, null);
        for (int i = 0; i < 4; i++) {
            s = policy.afterFailure(s, t0.plusSeconds(i));
        }
        s = policy.afterFailure(s, t0.plus(Duration.ofMinutes(16)));
        assertThat(s.failedCount()).isEqualTo(1);
        assertThat(s.lockedUntil()).isNull();
        assertThat(s.firstFailedAt()).isEqualTo(t0.plus(Duration.ofMinutes(16)));
    }

    @Test
    void limitIsConfigurable() {
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(30));
        LockoutPolicy.State s = strict.afterFailure(new LockoutPolicy.State(0, null, null), t0);
        s = strict.afterFailure(s, t0.plusSeconds(10));
        assertThat(s.lockedUntil()).isEqualTo(t0.plusSeconds(10).plus(Duration.ofMinutes(30)));
    }
}
