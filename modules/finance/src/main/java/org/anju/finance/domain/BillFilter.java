package org.anju.finance.domain;

import java.time.LocalDate;

/** What staff and residents filter bills by; {@code overdueOnly} compares due dates with {@code today}. */
public record BillFilter(Long leaseId, Long householdId, Long projectId, String period, String status,
                         Boolean overdueOnly, LocalDate today) {
}
