package org.anju.leasing.api;

import java.time.LocalDate;
import java.util.List;

import org.anju.tenancy.api.TenantId;

/**
 * A lease became active (check-in, or a re-signed lease replacing its predecessor): the household lives in the unit
 * from {@code start} to {@code end}. Digital keys follow this (R6.2a2). Fired in the activating transaction.
 */
public record LeaseActivated(TenantId tenant, long leaseId, long householdId, long unitId, List<Long> memberIds,
                             LocalDate start, LocalDate end, Long previousLeaseId) {
}
