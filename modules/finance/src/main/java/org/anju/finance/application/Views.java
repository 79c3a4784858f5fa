package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Finance answers (docs/api/finance.md). Money with 2 decimals; periods {@code YYYY-MM}. */
public final class Views {

    private Views() {
    }

    public record RentStandardView(long id, long projectId, int year, BigDecimal pricePerSqm, String note, Instant updatedAt) {
    }

    public record RentRuleView(long id, String category, String mode, BigDecimal value, String note) {
    }

    public record AccountView(long leaseId, String leaseNumber, long householdId, String householdNumber, String payerName,
                              long unitId, String unitLabel, long projectId, BigDecimal area, BigDecimal monthlyRent,
                              BigDecimal deposit, String eligibilityCategory, LocalDate startDate, LocalDate endDate,
                              LocalDate billingUntil, boolean active, BigDecimal balance) {
    }

    public record AdjustmentView(long id, long leaseId, String leaseNumber, BigDecimal oldRent, BigDecimal newRent,
                                 String effectiveFrom, String reason, String basis, String status, String requestedBy,
                                 Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote) {
    }

    public record Calculation(int year, int proposed, int unchanged, List<String> skipped) {
    }

    public record LineView(String category, String name, BigDecimal amount) {
    }

    public record BillView(long id, String number, long leaseId, String leaseNumber, String unitLabel, String payerName,
                           String period, LocalDate dueDate, BigDecimal amount, BigDecimal paid, BigDecimal outstanding,
                           String status, long daysOverdue, Instant pushedAt, List<LineView> lines) {
    }

    public record RunView(long id, String period, String status, int leases, int created, BigDecimal amount,
                          String failure, String actor, Instant startedAt, Instant finishedAt) {
    }

    public record AllocationView(long billId, String billNumber, String period, BigDecimal amount) {
    }

    public record PaymentView(long id, String orderNo, long leaseId, String channel, String method, BigDecimal amount,
                              String status, String receiptNo, String payer, String note, Instant createdAt,
                              Instant paidAt, List<AllocationView> allocations, BigDecimal credit) {
    }

    /** What the resident's phone needs to pay: the order and where the channel's cashier is. */
    public record Checkout(String orderNo, BigDecimal amount, String channel, String payUrl, Instant expiresAt) {
    }

    public record EntryView(long id, Instant postedAt, String month, String kind, long leaseId, Long billId,
                            Long paymentId, Long reversesId, BigDecimal amount, String memo, String actor) {
    }

    public record MonthlyView(long projectId, String month, BigDecimal charged, BigDecimal collected, BigDecimal balance,
                              BigDecimal collectionRate) {
    }

    public record SettingsView(int dueDay, List<Integer> dunningOffsets, boolean smsBills) {
    }

    /** The resident's summary: what is owed now and the bills. */
    public record MyFinance(BigDecimal outstanding, BigDecimal credit, List<BillView> bills) {
    }
}
