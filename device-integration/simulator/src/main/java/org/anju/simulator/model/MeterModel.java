package org.anju.simulator.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The water (m³) and electricity (kWh) meters of one unit: cumulative readings that grow with a daily pattern.
 *
 * <p>Consumption is piecewise constant per simulated hour, the hour's rate drawn from the seed, the unit and the hour
 * itself, and integrated exactly over whatever span a tick covers: the reading at a given simulated instant is the same
 * whether ticks come every second or every minute (up to floating-point rounding).
 */
public final class MeterModel {

    /** Litres per person in each local hour: morning and evening peaks, quiet nights (≈ 150 L per person a day). */
    static final double[] WATER_LITRES_PER_PERSON = {
        1.5, 0.8, 0.5, 0.5, 0.6, 3, 14, 19, 11, 5, 4, 6,
        9, 5, 3, 3, 4, 7, 13, 16, 14, 9, 5, 2.5};
    /** kWh a household uses in each local hour: standby at night, evening peak (≈ 8 kWh a day). */
    static final double[] KWH_PER_HOUSEHOLD = {
        0.15, 0.12, 0.12, 0.12, 0.12, 0.15, 0.35, 0.45, 0.3, 0.2, 0.2, 0.25,
        0.35, 0.25, 0.2, 0.2, 0.25, 0.4, 0.7, 0.9, 0.85, 0.7, 0.45, 0.25};

    /** The step of a {@link MeterAnomaly#JUMP}: far beyond what a household uses in a day. */
    public static final double JUMP_WATER_M3 = 35.0;
    public static final double JUMP_ELECTRICITY_KWH = 420.0;

    /** What a fridge alone draws once the elderly resident no longer uses anything else. */
    static final double STANDBY_KWH_PER_HOUR = 0.04;

    private final UnitSpec unit;
    private final long seed;
    private final Instant jumpAt;
    private final Instant elderlyStopsAt;
    private final double outageRatePerDay;
    private final int persons;

    private double water;
    private double electricity;
    private Instant last;
    private volatile boolean forcedOffline;

    /**
     * @param jumpAt           when a {@link MeterAnomaly#JUMP} unit jumps
     * @param elderlyStopsAt   when an {@link Profile#ELDERLY} resident stops being active
     * @param outageRatePerDay chance per unit and simulated day of a communication outage (15–90 min, online=false)
     */
    public MeterModel(UnitSpec unit, long seed, Instant start, Instant jumpAt, Instant elderlyStopsAt,
                      double outageRatePerDay) {
        this.unit = unit;
        this.seed = seed;
        this.jumpAt = jumpAt;
        this.elderlyStopsAt = elderlyStopsAt;
        this.outageRatePerDay = outageRatePerDay;
        this.persons = persons(unit, seed);
        this.water = round(50 + Seeds.uniform(seed, Seeds.of("water0"), unit.index()) * 600, 3);
        this.electricity = round(800 + Seeds.uniform(seed, Seeds.of("kwh0"), unit.index()) * 8000, 2);
        this.last = start;
    }

    /** Household size, shared with the lock's plan so that meters and door openings tell the same story. */
    public static int persons(UnitSpec unit, long seed) {
        return switch (unit.profile()) {
            case VACANT -> 0;
            case ELDERLY -> 1;
            case SUBLET -> 5 + (int) (Seeds.uniform(seed, Seeds.of("persons"), unit.index()) * 3);
            case RESIDENT -> 1 + (int) (Seeds.uniform(seed, Seeds.of("persons"), unit.index()) * 4);
        };
    }

    /** Integrates consumption up to {@code now}; a {@code now} in the past is ignored (readings never go back). */
    public synchronized void advanceTo(Instant now) {
        if (!now.isAfter(last)) {
            return;
        }
        Instant t = last;
        while (t.isBefore(now)) {
            Instant hourStart = t.truncatedTo(ChronoUnit.HOURS);
            Instant segmentEnd = min(hourStart.plus(Duration.ofHours(1)), now);
            if (elderlyStopsAt != null && t.isBefore(elderlyStopsAt) && segmentEnd.isAfter(elderlyStopsAt)) {
                segmentEnd = elderlyStopsAt; // the rate changes there, not at the hour
            }
            double hours = Duration.between(t, segmentEnd).toNanos() / 3.6e12;
            water += waterRate(hourStart, t) * hours;
            electricity += electricityRate(hourStart, t) * hours;
            t = segmentEnd;
        }
        if (unit.meterAnomaly() == MeterAnomaly.JUMP && jumpAt != null
                && last.isBefore(jumpAt) && !now.isBefore(jumpAt)) {
            water += JUMP_WATER_M3;
            electricity += JUMP_ELECTRICITY_KWH;
        }
        last = now;
    }

    /** Cumulative water reading in m³, to the litre. */
    public synchronized double water() {
        return round(water, 3);
    }

    /** Cumulative electricity reading in kWh, to 0.01 kWh. */
    public synchronized double electricity() {
        return round(electricity, 2);
    }

    public UnitSpec unit() {
        return unit;
    }

    public int persons() {
        return persons;
    }

    /** Whether the meter's gateway reaches the server at {@code t}: false during a scheduled outage or when forced. */
    public boolean online(Instant t) {
        if (forcedOffline) {
            return false;
        }
        if (outageRatePerDay <= 0) {
            return true;
        }
        ZonedDateTime local = t.atZone(SimClock.ZONE);
        long day = local.toLocalDate().toEpochDay();
        if (Seeds.uniform(seed, Seeds.of("outage"), unit.index(), day) >= outageRatePerDay) {
            return true;
        }
        Instant dayStart = local.toLocalDate().atStartOfDay(SimClock.ZONE).toInstant();
        Instant from = dayStart.plusSeconds((long) (Seeds.uniform(seed, Seeds.of("outageAt"), unit.index(), day)
                * 22.5 * 3600));
        Instant to = from.plusSeconds((long) ((15 + Seeds.uniform(seed, Seeds.of("outageLen"), unit.index(), day)
                * 75) * 60));
        return t.isBefore(from) || !t.isBefore(to);
    }

    /** Tests and demos take a meter off the network by hand; readings keep counting meanwhile. */
    public void setForcedOffline(boolean offline) {
        this.forcedOffline = offline;
    }

    private boolean elderlyStopped(Instant t) {
        return unit.profile() == Profile.ELDERLY && elderlyStopsAt != null && !t.isBefore(elderlyStopsAt);
    }

    /** m³ per hour in the hour starting at {@code hourStart}. */
    double waterRate(Instant hourStart, Instant at) {
        if (persons == 0 || elderlyStopped(at)) {
            return 0;
        }
        ZonedDateTime local = hourStart.atZone(SimClock.ZONE);
        int h = local.getHour();
        double litres = switch (unit.profile()) {
            // shift workers and short stays: half the use falls at night
            case SUBLET -> 0.5 * WATER_LITRES_PER_PERSON[h] + 0.5 * WATER_LITRES_PER_PERSON[(h + 14) % 24];
            // up early, in bed early
            case ELDERLY -> 0.8 * WATER_LITRES_PER_PERSON[(h + 1) % 24];
            default -> WATER_LITRES_PER_PERSON[h];
        };
        return persons * litres * weekend(local) * noise("water", hourStart) / 1000.0;
    }

    /** kWh per hour in the hour starting at {@code hourStart}. */
    double electricityRate(Instant hourStart, Instant at) {
        if (persons == 0) {
            return 0;
        }
        if (elderlyStopped(at)) {
            return STANDBY_KWH_PER_HOUR;
        }
        ZonedDateTime local = hourStart.atZone(SimClock.ZONE);
        int h = local.getHour();
        double kwh = switch (unit.profile()) {
            case SUBLET -> 0.5 * KWH_PER_HOUSEHOLD[h] + 0.5 * KWH_PER_HOUSEHOLD[(h + 14) % 24];
            case ELDERLY -> 0.6 * KWH_PER_HOUSEHOLD[(h + 1) % 24];
            default -> KWH_PER_HOUSEHOLD[h];
        };
        double household = 0.6 + 0.2 * persons;
        return kwh * household * weekend(local) * noise("kwh", hourStart);
    }

    private double noise(String what, Instant hourStart) {
        long hour = hourStart.getEpochSecond() / 3600;
        return 0.6 + 0.8 * Seeds.uniform(seed, Seeds.of(what), unit.index(), hour);
    }

    private static double weekend(ZonedDateTime local) {
        DayOfWeek d = local.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? 1.15 : 1.0;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.floor(v * f) / f; // floor: a cumulative meter never shows more than it measured
    }
}
