package org.anju.leasing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.anju.leasing.domain.SigningCode.Check;
import org.junit.jupiter.api.Test;

/**
 * R6.3a: the one-time signing code sent by SMS: kept as a hash, valid five minutes and five attempts, used once.
 */
class SigningCodeTest {

    private static final int MAX = 5;
    private static final String RIGHT = "a".repeat(64);
    private static final String WRONG = "b".repeat(64);

    private final Instant sent = Instant.parse("2026-08-20T02:00:00Z");
    private final Instant expires = sent.plus(Duration.ofMinutes(5));

    private SigningCode code() {
        return new SigningCode(42, RIGHT, "138****5678", expires, sent);
    }

    @Test
    void theRightCodeSignsOnce() {
        SigningCode c = code();
        Instant at = sent.plusSeconds(30);
        assertThat(c.check(RIGHT, MAX, at)).isEqualTo(Check.OK);
        assertThat(c.usedAt()).isEqualTo(at);
        assertThat(c.check(RIGHT, MAX, at.plusSeconds(1))).as("used").isEqualTo(Check.EXHAUSTED);
    }

    @Test
    void wrongCodesCountDownTheAttemptsThenLockTheCode() {
        SigningCode c = code();
        for (int i = 1; i < MAX; i++) {
            assertThat(c.check(WRONG, MAX, sent.plusSeconds(i))).isEqualTo(Check.WRONG);
            assertThat(MAX - c.attempts()).as("attempts left").isEqualTo(MAX - i);
        }
        assertThat(c.check(WRONG, MAX, sent.plusSeconds(10))).as("the fifth wrong code").isEqualTo(Check.EXHAUSTED);
        assertThat(c.attempts()).isEqualTo(MAX);
        assertThat(c.check(RIGHT, MAX, sent.plusSeconds(11))).as("even the right one, now").isEqualTo(Check.EXHAUSTED);
        assertThat(c.usedAt()).isNull();
        assertThat(c.attempts()).as("no more counting once locked").isEqualTo(MAX);
    }

    @Test
    void aWrongTryThenTheRightCodeStillSigns() {
        SigningCode c = code();
        assertThat(c.check(WRONG, MAX, sent.plusSeconds(5))).isEqualTo(Check.WRONG);
        assertThat(c.check(RIGHT, MAX, sent.plusSeconds(6))).isEqualTo(Check.OK);
        assertThat(c.attempts()).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsRefusedWithoutUsingAnAttempt() {
        SigningCode c = code();
        assertThat(c.check(RIGHT, MAX, expires)).as("valid up to the expiry instant").isEqualTo(Check.OK);

        SigningCode late = code();
        assertThat(late.check(RIGHT, MAX, expires.plusMillis(1))).isEqualTo(Check.EXPIRED);
        assertThat(late.check(WRONG, MAX, expires.plusSeconds(60))).isEqualTo(Check.EXPIRED);
        assertThat(late.attempts()).isZero();
        assertThat(late.usedAt()).isNull();
    }

    @Test
    void aCodeReplacedByANewerOneNoLongerWorks() {
        SigningCode c = code();
        Instant resent = sent.plusSeconds(61);
        c.retire(resent);
        assertThat(c.usedAt()).isEqualTo(resent);
        assertThat(c.check(RIGHT, MAX, resent.plusSeconds(1))).isEqualTo(Check.EXHAUSTED);
    }

    @Test
    void retiringAUsedCodeKeepsWhenItWasUsed() {
        SigningCode c = code();
        Instant used = sent.plusSeconds(20);
        c.check(RIGHT, MAX, used);
        c.retire(used.plusSeconds(100));
        assertThat(c.usedAt()).isEqualTo(used);
    }

    @Test
    void aHashOfAnotherLengthIsSimplyWrong() {
        SigningCode c = code();
        assertThat(c.check("a", MAX, sent.plusSeconds(1))).isEqualTo(Check.WRONG);
        assertThat(c.check("", MAX, sent.plusSeconds(2))).isEqualTo(Check.WRONG);
    }
}
