package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.ReadingFlag;
import org.junit.jupiter.api.Test;

class ReadingRulesTest {

    private static ReadingFlag flag(MeterKind k, String delta, Duration elapsed) {
        return ReadingRules.flag(k, new BigDecimal(delta), elapsed);
    }

    @Test
    void ordinaryStepsAreNotFlagged() {
        assertThat(flag(MeterKind.WATER, "0.013", Duration.ofSeconds(1))).isEqualTo(ReadingFlag.NONE);
        assertThat(flag(MeterKind.ELECTRICITY, "0.9", Duration.ofHours(1))).isEqualTo(ReadingFlag.NONE);
        assertThat(flag(MeterKind.WATER, "5", Duration.ZERO)).as("at the threshold").isEqualTo(ReadingFlag.NONE);
    }

    @Test
    void aDecreaseIsAReplacedOrResetMeter() {
        assertThat(flag(MeterKind.WATER, "-0.001", Duration.ofMinutes(1))).isEqualTo(ReadingFlag.DECREASE);
        assertThat(flag(MeterKind.ELECTRICITY, "-5000", Duration.ofDays(3))).isEqualTo(ReadingFlag.DECREASE);
    }

    @Test
    void theSimulatorsFaultIsAJump() {
        assertThat(flag(MeterKind.WATER, "35", Duration.ofSeconds(1))).isEqualTo(ReadingFlag.JUMP);
        assertThat(flag(MeterKind.ELECTRICITY, "420", Duration.ofHours(1))).isEqualTo(ReadingFlag.JUMP);
        assertThat(flag(MeterKind.WATER, "5.001", Duration.ZERO)).isEqualTo(ReadingFlag.JUMP);
    }

    @Test
    void theAllowanceGrowsWithTheGapSoACatchUpAfterAnOutageIsNoJump() {
        // ten days offline, a large household's use: 10 × 0.8 m³, 10 × 20 kWh
        assertThat(flag(MeterKind.WATER, "8", Duration.ofDays(10))).isEqualTo(ReadingFlag.NONE);
        assertThat(flag(MeterKind.ELECTRICITY, "200", Duration.ofDays(10))).isEqualTo(ReadingFlag.NONE);
        assertThat(ReadingRules.jumpThreshold(MeterKind.WATER, Duration.ofDays(1))).isEqualByComparingTo("8");
        assertThat(ReadingRules.jumpThreshold(MeterKind.ELECTRICITY, Duration.ofDays(2))).isEqualByComparingTo("220");
        assertThat(ReadingRules.jumpThreshold(MeterKind.WATER, Duration.ofDays(-1))).as("clock went back")
                .isEqualByComparingTo("5");
    }

    @Test
    void onlineIsNeverFlagged() {
        assertThat(flag(MeterKind.ONLINE, "-1", Duration.ofSeconds(1))).isEqualTo(ReadingFlag.NONE);
        assertThat(ReadingRules.flag(MeterKind.WATER, null, Duration.ZERO)).isEqualTo(ReadingFlag.NONE);
    }
}
