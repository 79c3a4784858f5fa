package org.anju.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anju.tenancy.api.TenantId;

/**
 * A lease's arrears changed (a bill fell due unpaid, a payment arrived): what is overdue, since when. The alerts issue
 * raises or closes arrears alerts from it. Fired in the changing transaction.
 */
public record ArrearsChanged(TenantId tenant, long leaseId, long householdId, BigDecimal overdue, LocalDate oldestDue,
                             long daysOverdue) {
}
