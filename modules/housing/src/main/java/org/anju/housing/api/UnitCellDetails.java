package org.anju.housing.api;

import java.time.LocalDate;

/**
 * What later capabilities add to a unit's cell on the status board (R6.1d): the occupant's masked name and the
 * lease end (leasing), the device state (devices). Any part may be null.
 */
public record UnitCellDetails(String occupant, LocalDate leaseEnd, DeviceState deviceState) {

    /**
     * The unit's smart lock(s) in a few codes the board draws as a badge with a legend (the provider has no locale, and
     * the board must not parse words): {@code state} ONLINE, OFFLINE or TROUBLE (trouble wins: something needs a
     * person); {@code trouble} why (TAMPER, LOW_BATTERY, TIMED_OUT) or null; {@code battery} the lowest battery in
     * percent, null when no lock has reported one; {@code locks} how many approved locks the unit has.
     */
    public record DeviceState(String state, String trouble, Integer battery, int locks) {
    }
}
