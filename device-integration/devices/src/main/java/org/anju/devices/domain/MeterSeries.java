package org.anju.devices.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.ReadingFlag;

/**
 * The rules of a meter's time series, without the database: given the last stored reading of each unit and kind, which
 * arrived values are stored (the first value, then every change; a value with the same source time as one stored is a
 * duplicate; an older one is a late reading, stored but not moving the series on), with what step and flag, and what
 * each Asia/Shanghai day gains. The ingest applies it to a batch under a lock on the batch's meters.
 */
public final class MeterSeries {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MeterSeries() {
    }

    /** A unit's meter of one kind. */
    public record Key(long unitId, MeterKind kind) {
    }

    /** The last reading that moved a series on. */
    public record State(BigDecimal value, Instant sourceTime) {
    }

    /**
     * A reading to store. {@code late}: older than the series' last reading (a vendor's backfill): stored, but its step
     * is unknown and it neither counts as consumption nor moves the series on.
     */
    public record Accepted(MeterSample sample, BigDecimal delta, ReadingFlag flag, boolean late) {
        public Key key() {
            return new Key(sample.unitId(), sample.kind());
        }
    }

    /** What a batch does: readings to store, series' new last readings, and what was left out. */
    public record Outcome(List<Accepted> accepted, Map<Key, State> states, int unchanged, int duplicates) {
    }

    /** One day of one meter, as a batch adds to it (merged into meter_daily by first/last time and sums). */
    public record DayDelta(Key key, LocalDate day, BigDecimal firstValue, Instant firstAt, BigDecimal lastValue,
                           Instant lastAt, BigDecimal consumption, BigDecimal flaggedConsumption, int readings,
                           int flags) {
    }

    /** Decides a batch; {@code states} holds the stored last readings of (at least) the batch's meters. */
    public static Outcome apply(Map<Key, State> states, List<MeterSample> samples) {
        Map<Key, List<MeterSample>> byKey = new LinkedHashMap<>();
        for (MeterSample s : samples) {
            byKey.computeIfAbsent(new Key(s.unitId(), s.kind()), k -> new ArrayList<>()).add(s);
        }
        List<Accepted> accepted = new ArrayList<>();
        Map<Key, State> changed = new HashMap<>();
        int unchanged = 0;
        int duplicates = 0;
        for (Map.Entry<Key, List<MeterSample>> e : byKey.entrySet()) {
            Key key = e.getKey();
            List<MeterSample> list = e.getValue();
            list.sort(Comparator.comparing(MeterSample::sourceTime)); // stable: arrival order within one instant
            State state = states.get(key);
            for (MeterSample s : list) {
                if (state == null) {
                    accepted.add(new Accepted(s, null, ReadingFlag.NONE, false));
                    state = new State(s.value(), s.sourceTime());
                    changed.put(key, state);
                } else if (s.sourceTime().equals(state.sourceTime())) {
                    duplicates++;
                } else if (s.sourceTime().isBefore(state.sourceTime())) {
                    accepted.add(new Accepted(s, null, ReadingFlag.NONE, true));
                } else if (s.value().compareTo(state.value()) == 0) {
                    unchanged++;
                } else {
                    BigDecimal delta = key.kind().cumulative() ? s.value().subtract(state.value()) : null;
                    ReadingFlag flag = ReadingRules.flag(key.kind(), delta,
                            Duration.between(state.sourceTime(), s.sourceTime()));
                    accepted.add(new Accepted(s, delta, flag, false));
                    state = new State(s.value(), s.sourceTime());
                    changed.put(key, state);
                }
            }
        }
        return new Outcome(accepted, changed, unchanged, duplicates);
    }

    /**
     * What the stored readings add to each day: first and last reading, the unflagged steps (consumption), the jumps
     * (flagged consumption), counts. A step counts for the day of its later reading. ONLINE has no days.
     */
    public static List<DayDelta> days(List<Accepted> stored) {
        Map<String, DayDelta> days = new LinkedHashMap<>();
        for (Accepted a : stored) {
            MeterSample s = a.sample();
            if (!s.kind().cumulative()) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(s.sourceTime(), ZONE);
            BigDecimal consumption = BigDecimal.ZERO;
            BigDecimal flagged = BigDecimal.ZERO;
            if (a.delta() != null && !a.late()) {
                if (a.flag() == ReadingFlag.NONE) {
                    consumption = a.delta();
                } else if (a.flag() == ReadingFlag.JUMP) {
                    flagged = a.delta();
                }
            }
            DayDelta add = new DayDelta(a.key(), day, s.value(), s.sourceTime(), s.value(), s.sourceTime(),
                    consumption, flagged, 1, a.flag() == ReadingFlag.NONE ? 0 : 1);
            days.merge(a.key().unitId() + "|" + a.key().kind() + "|" + day, add, MeterSeries::merge);
        }
        return List.copyOf(days.values());
    }

    static DayDelta merge(DayDelta x, DayDelta y) {
        boolean xFirst = !y.firstAt().isBefore(x.firstAt());
        boolean yLast = !y.lastAt().isBefore(x.lastAt());
        return new DayDelta(x.key(), x.day(),
                xFirst ? x.firstValue() : y.firstValue(), xFirst ? x.firstAt() : y.firstAt(),
                yLast ? y.lastValue() : x.lastValue(), yLast ? y.lastAt() : x.lastAt(),
                x.consumption().add(y.consumption()), x.flaggedConsumption().add(y.flaggedConsumption()),
                x.readings() + y.readings(), x.flags() + y.flags());
    }
}
