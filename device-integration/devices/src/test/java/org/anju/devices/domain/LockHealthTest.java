package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LockHealthTest {

    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    static LockHealth.Reading lock(boolean online, Integer battery, Instant tampered, boolean undelivered) {
        return new LockHealth.Reading(online, battery, tampered, undelivered);
    }

    @Test
    void aUnitWithoutLocksHasNoSummary() {
        assertThat(LockHealth.summary(List.of(), NOW)).isNull();
    }

    @Test
    void onlineWithBatteryIsOnlineAndOfflineWinsOverOnline() {
        assertThat(LockHealth.summary(List.of(lock(true, 87, null, false)), NOW))
                .isEqualTo(new LockHealth.Summary("ONLINE", null, 87, 1));
        assertThat(LockHealth.summary(List.of(lock(true, 87, null, false), lock(false, 60, null, false)), NOW))
                .isEqualTo(new LockHealth.Summary("OFFLINE", null, 60, 2));
        assertThat(LockHealth.summary(List.of(lock(false, null, null, false)), NOW).battery()).isNull();
    }

    @Test
    void aRecentTamperALowBatteryOrAKeyNotDeliveredIsTroubleAndTamperIsTheMostUrgent() {
        assertThat(LockHealth.summary(List.of(lock(true, 19, null, false)), NOW))
                .isEqualTo(new LockHealth.Summary("TROUBLE", "LOW_BATTERY", 19, 1));
        assertThat(LockHealth.summary(List.of(lock(false, 80, null, true)), NOW).trouble()).isEqualTo("TIMED_OUT");
        assertThat(LockHealth.summary(List.of(lock(true, 10, null, false), lock(true, 90, NOW.minusSeconds(60), true)), NOW))
                .isEqualTo(new LockHealth.Summary("TROUBLE", "TAMPER", 10, 2));
        assertThat(LockHealth.troubles(lock(true, 5, NOW.minus(Duration.ofHours(1)), true), NOW))
                .containsExactly("TAMPER", "TIMED_OUT", "LOW_BATTERY");
    }

    @Test
    void aTamperOlderThanADayIsNoLongerOpenAndTwentyPercentIsNotLow() {
        assertThat(LockHealth.summary(List.of(lock(true, 20, NOW.minus(Duration.ofHours(25)), false)), NOW))
                .isEqualTo(new LockHealth.Summary("ONLINE", null, 20, 1));
    }
}
