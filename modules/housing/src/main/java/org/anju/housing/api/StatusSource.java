package org.anju.housing.api;

/** What moved a unit's status: staff by hand, a lease (check-in, move-out), a repair, or an import. */
public enum StatusSource {
    MANUAL, LEASE, REPAIR, IMPORT
}
