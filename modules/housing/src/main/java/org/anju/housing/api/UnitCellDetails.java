package org.anju.housing.api;

import java.time.LocalDate;

/**
 * What later capabilities add to a unit's cell on the status board (R6.1d): the occupant's masked name and the
 * lease end (leasing), the device state (devices). Any part may be null.
 */
public record UnitCellDetails(String occupant, LocalDate leaseEnd, String deviceState) {
}
