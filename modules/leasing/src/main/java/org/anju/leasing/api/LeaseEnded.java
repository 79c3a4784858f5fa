package org.anju.leasing.api;

import java.time.LocalDate;

import org.anju.tenancy.api.TenantId;

/**
 * A lease stopped binding: renewed or changed (a successor took over), terminated (move-out) or expired. Keys are
 * revoked or moved from this; a termination also asks finance to settle the deposit.
 */
public record LeaseEnded(TenantId tenant, long leaseId, long householdId, long unitId, LeaseStatus status,
                         LocalDate endedOn, String reason, Long successorLeaseId) {
}
