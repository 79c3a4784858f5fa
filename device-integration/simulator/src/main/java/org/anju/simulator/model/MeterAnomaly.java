package org.anju.simulator.model;

/** A meter fault to demo anomaly detection on readings. */
public enum MeterAnomaly {
    NONE,
    /** At a configurable simulated time both cumulative readings jump by a large step (leak, meter swap, bad read). */
    JUMP
}
