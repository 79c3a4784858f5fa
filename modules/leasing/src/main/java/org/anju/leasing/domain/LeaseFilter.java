package org.anju.leasing.domain;

import java.time.LocalDate;

import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;

/** What staff filter the lease list and its export by; {@code endingBy} for "expiring within n days". */
public record LeaseFilter(LeaseStatus status, LeaseKind kind, String text, Long householdId, Long unitId,
                          Long projectId, LocalDate endingBy) {
}
