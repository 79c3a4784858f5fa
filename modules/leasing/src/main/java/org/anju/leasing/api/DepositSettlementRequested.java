package org.anju.leasing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anju.tenancy.api.TenantId;

/** Move-out hands the deposit to finance: settle it with itemised deductions and refund the rest. */
public record DepositSettlementRequested(TenantId tenant, long leaseId, long householdId, BigDecimal deposit,
                                         LocalDate moveOutOn, String checklistJson) {
}
