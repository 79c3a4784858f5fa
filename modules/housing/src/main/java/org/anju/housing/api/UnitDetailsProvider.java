package org.anju.housing.api;

import java.util.Collection;
import java.util.Map;

/**
 * Extension point: a capability that knows something about units for the status board (occupant, lease end,
 * device state) implements this as a CDI bean. Called once per board with all unit ids shown, in the tenant's scope
 * and transaction: answer in bulk, never one query per unit.
 */
public interface UnitDetailsProvider {

    Map<Long, UnitCellDetails> details(Collection<Long> unitIds);
}
