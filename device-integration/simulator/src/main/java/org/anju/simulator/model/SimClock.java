package org.anju.simulator.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The simulated clock: starts at {@code start} and runs {@code speed} times faster than the wall clock, so that a
 * simulated day can pass in minutes. Devices stamp their messages with this clock (it is "the device's clock"), which
 * is why the protocol tells the platform to keep its own receive time as well.
 */
public final class SimClock {

    /** Local time of the housing projects (DESIGN: time zone Asia/Shanghai); daily patterns follow it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Instant start;
    private final double speed;
    private volatile long realStartNanos;
    private volatile boolean running;

    /** A clock that runs from now on. */
    public SimClock(Instant start, double speed) {
        this(start, speed, true);
    }

    private SimClock(Instant start, double speed, boolean running) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, was " + speed);
        }
        this.start = Objects.requireNonNull(start, "start");
        this.speed = speed;
        this.realStartNanos = System.nanoTime();
        this.running = running;
    }

    /**
     * A clock that stands at {@code start} until {@link #resume()}: the simulator starts its slow parts (the OPC UA
     * server takes seconds, which at a high speed would be simulated hours) before time begins to pass, so that a
     * given seed and start show the same first events every time.
     */
    public static SimClock paused(Instant start, double speed) {
        return new SimClock(start, speed, false);
    }

    /** Lets a {@link #paused} clock run from its start; no effect on a running clock. */
    public synchronized void resume() {
        if (!running) {
            realStartNanos = System.nanoTime();
            running = true;
        }
    }

    /** The simulated now; millisecond precision is what devices report. */
    public Instant now() {
        if (!running) {
            return start;
        }
        long realElapsed = System.nanoTime() - realStartNanos;
        return start.plusNanos((long) (realElapsed * speed)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public Instant start() {
        return start;
    }

    public double speed() {
        return speed;
    }

    /** The local date the simulation started on: day index 0 of every plan. */
    public LocalDate startDate() {
        return start.atZone(ZONE).toLocalDate();
    }

    /** How long {@code simulated} takes on the wall clock. */
    public Duration realDuration(Duration simulated) {
        return Duration.ofNanos((long) (simulated.toNanos() / speed));
    }
}
