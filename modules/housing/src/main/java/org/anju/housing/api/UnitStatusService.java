package org.anju.housing.api;

/**
 * Moves a unit's status through the state machine, recording who, when, why and from where. Leases (check-in,
 * move-out) and repairs call this; an illegal change is refused with the allowed ones (409). Call inside the
 * tenant's scope; joins the caller's transaction or starts one.
 */
public interface UnitStatusService {

    /** Returns the status before the change (equal to {@code to} when it was already there: nothing is recorded). */
    UnitStatus change(long unitId, UnitStatus to, String reason, StatusSource source);
}
