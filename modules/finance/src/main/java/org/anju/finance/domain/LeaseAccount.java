package org.anju.finance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * Finance's view of a lease (R6.4a): who pays, for which unit, the rent in force and the term billed. It follows
 * leasing's events; the rent changes only through approved {@code RentAdjustment}s, each an Envers revision with its
 * reason (R7.4d).
 */
@Entity
@Table(name = "lease_account")
@Audited
public class LeaseAccount {

    /** What leasing tells finance about a lease. */
    public record Terms(String leaseNumber, long householdId, String householdNumber, String payerName, long unitId,
                        String unitLabel, long projectId, BigDecimal area, BigDecimal monthlyRent, BigDecimal deposit,
                        String eligibilityCategory, LocalDate startDate, LocalDate endDate) {
    }

    @Id
    @Column(name = "lease_id")
    private long leaseId;

    @NotAudited
    @Column(name = "lease_number", nullable = false, length = 30)
    private String leaseNumber;

    @NotAudited
    @Column(name = "household_id", nullable = false)
    private long householdId;

    @NotAudited
    @Column(name = "household_number", nullable = false, length = 20)
    private String householdNumber;

    @NotAudited
    @Column(name = "payer_name", nullable = false, length = 50)
    private String payerName;

    @NotAudited
    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @NotAudited
    @Column(name = "unit_label", nullable = false, length = 200)
    private String unitLabel;

    @NotAudited
    @Column(name = "project_id", nullable = false)
    private long projectId;

    @NotAudited
    @Column(name = "area", nullable = false, precision = 10, scale = 2)
    private BigDecimal area;

    @Column(name = "monthly_rent", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyRent;

    @NotAudited
    @Column(name = "deposit", nullable = false, precision = 12, scale = 2)
    private BigDecimal deposit;

    @Column(name = "eligibility_category", length = 20)
    private String eligibilityCategory;

    @NotAudited
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** The last day billed when the lease ended early (move-out); null while it runs to its end date. */
    @Column(name = "billing_until")
    private LocalDate billingUntil;

    @Column(name = "active", nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LeaseAccount() {
    }

    public LeaseAccount(long leaseId, Terms t, Instant now) {
        this.leaseId = leaseId;
        this.createdAt = now;
        this.monthlyRent = Money.fen(t.monthlyRent());
        refresh(t, now);
        this.active = true;
    }

    /** Leasing's facts again (names, term, category); the rent is left alone: it changes by adjustment only. */
    public void refresh(Terms t, Instant now) {
        this.leaseNumber = t.leaseNumber();
        this.householdId = t.householdId();
        this.householdNumber = t.householdNumber();
        this.payerName = t.payerName();
        this.unitId = t.unitId();
        this.unitLabel = t.unitLabel();
        this.projectId = t.projectId();
        this.area = t.area();
        this.deposit = Money.fen(t.deposit());
        this.eligibilityCategory = t.eligibilityCategory();
        this.startDate = t.startDate();
        this.endDate = t.endDate();
        this.updatedAt = now;
    }

    public void changeRent(BigDecimal rent, Instant now) {
        this.monthlyRent = Money.fen(rent);
        this.updatedAt = now;
    }

    /** The lease ended (move-out, expiry, successor): billed up to {@code lastDay}, no later bills. */
    public void end(LocalDate lastDay, Instant now) {
        this.active = false;
        this.billingUntil = lastDay;
        this.updatedAt = now;
    }

    public long leaseId() {
        return leaseId;
    }

    public String leaseNumber() {
        return leaseNumber;
    }

    public long householdId() {
        return householdId;
    }

    public String householdNumber() {
        return householdNumber;
    }

    public String payerName() {
        return payerName;
    }

    public long unitId() {
        return unitId;
    }

    public String unitLabel() {
        return unitLabel;
    }

    public long projectId() {
        return projectId;
    }

    public BigDecimal area() {
        return area;
    }

    public BigDecimal monthlyRent() {
        return monthlyRent;
    }

    public BigDecimal deposit() {
        return deposit;
    }

    public String eligibilityCategory() {
        return eligibilityCategory;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalDate billingUntil() {
        return billingUntil;
    }

    public boolean active() {
        return active;
    }
}
