package org.anju.devices.domain;

/**
 * Where a device's registration (备案) stands. Only an APPROVED device may connect and its messages are processed;
 * a PENDING one is known but its messages are dead-lettered as {@code device-not-approved}; RETIRED keeps history.
 */
public enum Registration {
    PENDING, APPROVED, REJECTED, RETIRED
}
