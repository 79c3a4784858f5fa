package org.anju.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeterModelTest {

    private static final Instant START = Instant.parse("2025-03-03T00:00:00+08:00");
    private final List<UnitSpec> units = UnitLayout.generate("P", "1", 6, 4, 42);

    private MeterModel model(int index) {
        return new MeterModel(units.get(index), 42, START, START.plus(Duration.ofHours(3)),
                START.plus(Duration.ofDays(2)), 0);
    }

    @Test
    void readingsDependOnTheSeedAndTheTimeNotOnHowTicksFall() {
        MeterModel everySecond = model(0);
        MeterModel everyHour = model(0);
        Instant end = START.plus(Duration.ofDays(1));
        for (Instant t = START; t.isBefore(end); t = t.plusSeconds(37)) {
            everySecond.advanceTo(t);
        }
        everySecond.advanceTo(end);
        for (Instant t = START; t.isBefore(end); t = t.plus(Duration.ofMinutes(61))) {
            everyHour.advanceTo(t);
        }
        everyHour.advanceTo(end);
        assertThat(everySecond.water()).isCloseTo(everyHour.water(), within(0.002));
        assertThat(everySecond.electricity()).isCloseTo(everyHour.electricity(), within(0.02));
    }

    @Test
    void aHouseholdUsesPlausibleAmountsADay() {
        MeterModel m = model(0);
        double w0 = m.water();
        double e0 = m.electricity();
        m.advanceTo(START.plus(Duration.ofDays(1)));
        int persons = m.persons();
        // ≈150 L per person and ≈8 kWh per household a day, with noise
        assertThat(m.water() - w0).isBetween(0.05 * persons, 0.3 * persons);
        assertThat(m.electricity() - e0).isBetween(3.0, 20.0);
    }

    @Test
    void readingsNeverGoBack() {
        MeterModel m = model(0);
        m.advanceTo(START.plus(Duration.ofHours(5)));
        double w = m.water();
        m.advanceTo(START.plus(Duration.ofHours(1)));
        assertThat(m.water()).isEqualTo(w);
    }

    @Test
    void theVacantUnitDoesNotMove() {
        assertThat(units.get(1).profile()).isEqualTo(Profile.VACANT);
        MeterModel m = model(1);
        double w = m.water();
        double e = m.electricity();
        m.advanceTo(START.plus(Duration.ofDays(3)));
        assertThat(m.water()).isEqualTo(w);
        assertThat(m.electricity()).isEqualTo(e);
    }

    @Test
    void theJumpUnitJumpsOnceAtTheConfiguredTime() {
        assertThat(units.get(4).meterAnomaly()).isEqualTo(MeterAnomaly.JUMP);
        MeterModel m = model(4);
        m.advanceTo(START.plus(Duration.ofHours(3)).minusSeconds(1));
        double before = m.water();
        m.advanceTo(START.plus(Duration.ofHours(3)).plusSeconds(1));
        assertThat(m.water() - before).isGreaterThanOrEqualTo(MeterModel.JUMP_WATER_M3);
        double after = m.water();
        m.advanceTo(START.plus(Duration.ofHours(4)));
        assertThat(m.water() - after).isLessThan(1.0);
    }

    @Test
    void theElderlyResidentsWaterStopsAfterTheConfiguredTime() {
        assertThat(units.get(3).profile()).isEqualTo(Profile.ELDERLY);
        MeterModel m = model(3);
        m.advanceTo(START.plus(Duration.ofDays(2)));
        double w = m.water();
        double e = m.electricity();
        m.advanceTo(START.plus(Duration.ofDays(3)));
        assertThat(m.water()).isEqualTo(w);
        // only the fridge: 24 h × 0.04 kWh
        assertThat(m.electricity() - e).isCloseTo(0.96, within(0.02));
    }

    @Test
    void outagesAreDeterministicAndBounded() {
        MeterModel m = new MeterModel(units.get(0), 42, START, null, null, 1.0); // an outage every day
        long offlineMinutes = 0;
        for (Instant t = START; t.isBefore(START.plus(Duration.ofDays(1))); t = t.plusSeconds(60)) {
            if (!m.online(t)) {
                offlineMinutes++;
            }
        }
        assertThat(offlineMinutes).isBetween(14L, 91L);
        m.setForcedOffline(true);
        assertThat(m.online(START)).isFalse();
    }
}
