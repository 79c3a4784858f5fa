package org.anju.devices.api;

/**
 * What the platform thinks of a stored reading (devices protocol 2.3). Flagged readings are stored like any other:
 * nothing is dropped, but they are not billed or counted as ordinary consumption without review.
 */
public enum ReadingFlag {
    /** An ordinary reading. */
    NONE,
    /** Lower than the previous reading: the meter was replaced or reset; the new value is the new base. */
    DECREASE,
    /** A step far above what a household uses in the time since the previous reading: a leak or a fault. */
    JUMP
}
