package org.anju.devices.api;

import java.util.List;

import org.anju.tenancy.api.TenantId;

/**
 * Meter readings were stored (from a building system over OPC UA or pushed by a vendor). Fired after the transaction
 * that stored them committed, in the organization's tenant scope and outside any transaction: an observer that writes
 * starts its own. Only readings actually stored are in it (a value sent twice is in one event only). Issue 8's
 * vacant-unit alert (R7.3c) observes it.
 */
public record MeterReadingsRecorded(TenantId tenant, List<MeterReading> readings) {

    public MeterReadingsRecorded {
        readings = List.copyOf(readings);
    }
}
