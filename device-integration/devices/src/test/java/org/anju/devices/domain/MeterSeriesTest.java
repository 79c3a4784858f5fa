package org.anju.devices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.ReadingFlag;
import org.junit.jupiter.api.Test;

class MeterSeriesTest {

    private static final MeterSeries.Key WATER = new MeterSeries.Key(7, MeterKind.WATER);
    /** 2025-03-03 23:59:00 Asia/Shanghai. */
    private static final Instant LATE_EVENING = Instant.parse("2025-03-03T15:59:00Z");

    private static MeterSample water(String value, Instant at) {
        return new MeterSample(7, MeterKind.WATER, new BigDecimal(value), at, null, at, "opcua:1", "TP.1.101.water");
    }

    private static MeterSample online(int value, Instant at) {
        return new MeterSample(7, MeterKind.ONLINE, BigDecimal.valueOf(value), at, null, at, "opcua:1", "TP.1.101.online");
    }

    @Test
    void theFirstValueThenOnlyChangesAreStored() {
        Instant t = LATE_EVENING.minusSeconds(600);
        MeterSeries.Outcome o = MeterSeries.apply(Map.of(), List.of(water("100.000", t),
                water("100.000", t.plusSeconds(1)), water("100.010", t.plusSeconds(2)), water("100.010", t.plusSeconds(3))));
        assertThat(o.accepted()).extracting(a -> a.sample().value().toPlainString()).containsExactly("100.000", "100.010");
        assertThat(o.accepted().get(0).delta()).as("no step before the first").isNull();
        assertThat(o.accepted().get(1).delta()).isEqualByComparingTo("0.010");
        assertThat(o.unchanged()).isEqualTo(2);
        assertThat(o.states().get(WATER)).isEqualTo(new MeterSeries.State(new BigDecimal("100.010"), t.plusSeconds(2)));
    }

    @Test
    void theStoredLastReadingDecidesAndArrivalOrderDoesNot() {
        Instant t = LATE_EVENING.minusSeconds(600);
        Map<MeterSeries.Key, MeterSeries.State> stored = Map.of(WATER, new MeterSeries.State(new BigDecimal("100.000"), t));
        MeterSeries.Outcome o = MeterSeries.apply(stored, List.of(water("100.020", t.plusSeconds(2)),
                water("100.010", t.plusSeconds(1)), water("100.000", t)));
        assertThat(o.duplicates()).as("same time as the stored one").isEqualTo(1);
        assertThat(o.accepted()).extracting(a -> a.delta().toPlainString()).containsExactly("0.010", "0.010");
        assertThat(o.accepted()).allMatch(a -> a.flag() == ReadingFlag.NONE && !a.late());
    }

    @Test
    void decreasesAndJumpsAreStoredFlagged() {
        Instant t = LATE_EVENING.minusSeconds(600);
        Map<MeterSeries.Key, MeterSeries.State> stored = Map.of(WATER, new MeterSeries.State(new BigDecimal("100.000"), t));
        MeterSeries.Outcome o = MeterSeries.apply(stored, List.of(water("135.000", t.plusSeconds(1)),
                water("2.000", t.plusSeconds(2)), water("2.010", t.plusSeconds(3))));
        assertThat(o.accepted()).extracting(MeterSeries.Accepted::flag)
                .containsExactly(ReadingFlag.JUMP, ReadingFlag.DECREASE, ReadingFlag.NONE);
        assertThat(o.states().get(WATER).value()).as("the new meter is the new base").isEqualByComparingTo("2.010");
    }

    @Test
    void anOlderReadingIsStoredLateWithoutMovingTheSeries() {
        Instant t = LATE_EVENING.minusSeconds(600);
        Map<MeterSeries.Key, MeterSeries.State> stored = Map.of(WATER, new MeterSeries.State(new BigDecimal("100.000"), t));
        MeterSeries.Outcome o = MeterSeries.apply(stored, List.of(water("99.000", t.minusSeconds(3600))));
        assertThat(o.accepted()).hasSize(1);
        assertThat(o.accepted().get(0).late()).isTrue();
        assertThat(o.accepted().get(0).flag()).as("not a decrease: it is older").isEqualTo(ReadingFlag.NONE);
        assertThat(o.states()).isEmpty();
    }

    @Test
    void onlineChangesAreStoredWithoutSteps() {
        Instant t = LATE_EVENING;
        MeterSeries.Outcome o = MeterSeries.apply(Map.of(), List.of(online(1, t), online(1, t.plusSeconds(1)),
                online(0, t.plusSeconds(2))));
        assertThat(o.accepted()).extracting(a -> a.sample().value().intValue()).containsExactly(1, 0);
        assertThat(o.accepted()).allMatch(a -> a.delta() == null);
        assertThat(MeterSeries.days(o.accepted())).as("no days for ONLINE").isEmpty();
    }

    @Test
    void daysSumUnflaggedStepsAndKeepJumpsApart() {
        Instant t = LATE_EVENING.minusSeconds(120); // 23:57 on 3 March, Shanghai
        Map<MeterSeries.Key, MeterSeries.State> stored = Map.of(WATER, new MeterSeries.State(new BigDecimal("100.000"), t));
        List<MeterSample> samples = new ArrayList<>();
        samples.add(water("100.100", t.plusSeconds(60)));   // 23:58 → 3 March
        samples.add(water("140.100", t.plusSeconds(90)));   // jump, 3 March
        samples.add(water("140.300", t.plusSeconds(300)));  // 00:02 → 4 March
        samples.add(water("140.500", t.plusSeconds(400)));  // 4 March
        MeterSeries.Outcome o = MeterSeries.apply(stored, samples);
        List<MeterSeries.DayDelta> days = MeterSeries.days(o.accepted());
        assertThat(days).hasSize(2);
        MeterSeries.DayDelta third = days.get(0);
        assertThat(third.day()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(third.consumption()).isEqualByComparingTo("0.100");
        assertThat(third.flaggedConsumption()).isEqualByComparingTo("40.000");
        assertThat(third.flags()).isEqualTo(1);
        assertThat(third.firstValue()).isEqualByComparingTo("100.100");
        assertThat(third.lastValue()).isEqualByComparingTo("140.100");
        MeterSeries.DayDelta fourth = days.get(1);
        assertThat(fourth.day()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(fourth.consumption()).as("the step over midnight counts for the later day").isEqualByComparingTo("0.400");
        assertThat(fourth.readings()).isEqualTo(2);
        assertThat(fourth.firstAt()).isEqualTo(t.plusSeconds(300));
        assertThat(fourth.lastAt()).isEqualTo(t.plusSeconds(400));
    }

    @Test
    void aDecreaseCountsNothing() {
        Instant t = LATE_EVENING.minusSeconds(3600);
        Map<MeterSeries.Key, MeterSeries.State> stored = Map.of(WATER, new MeterSeries.State(new BigDecimal("100.000"), t));
        MeterSeries.Outcome o = MeterSeries.apply(stored, List.of(water("1.000", t.plusSeconds(60))));
        MeterSeries.DayDelta d = MeterSeries.days(o.accepted()).get(0);
        assertThat(d.consumption()).isEqualByComparingTo("0");
        assertThat(d.flaggedConsumption()).isEqualByComparingTo("0");
        assertThat(d.flags()).isEqualTo(1);
    }

    @Test
    void valuesAreKeptToTheLitre() {
        assertThat(MeterSample.valueOf(123.45678).toPlainString()).isEqualTo("123.457");
        assertThat(water("1", LATE_EVENING).value().toPlainString()).isEqualTo("1.000");
    }
}
