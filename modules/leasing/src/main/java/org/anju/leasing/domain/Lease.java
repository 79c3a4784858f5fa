package org.anju.leasing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A lease (租赁合同, R6.3): a household in a unit for a period, at a rent, with the fee items bound to it. Invariants:
 * the status moves only along {@link LeaseStatus}'s state machine ({@link #moveTo}); terms change only while DRAFT; the
 * end is after the start; amounts have two decimals. The unit and household never change: a swap is a new lease
 * linked by {@code previousLeaseId}.
 */
@Entity
@Table(name = "lease")
@Audited
public class Lease {

    /** What the parties agree on. */
    public record Terms(LocalDate startDate, LocalDate endDate, BigDecimal monthlyRent, BigDecimal deposit,
                        String rentCategory) {
    }

    /** Where: the unit, denormalised for lists and for the archive (a unit's label is kept as signed). */
    public record Place(long unitId, long projectId, long buildingId, String label) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_seq")
    @SequenceGenerator(name = "lease_seq", sequenceName = "lease_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, updatable = false, length = 30)
    private String number;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @NotAudited
    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @NotAudited
    @Column(name = "building_id", nullable = false, updatable = false)
    private long buildingId;

    @Column(name = "unit_label", nullable = false, length = 200)
    private String unitLabel;

    @NotAudited
    @Column(name = "lease_type_id", nullable = false)
    private long leaseTypeId;

    @NotAudited
    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private LeaseKind kind;

    @Column(name = "previous_lease_id", updatable = false)
    private Long previousLeaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LeaseStatus status;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "monthly_rent", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyRent;

    @Column(name = "deposit", nullable = false, precision = 12, scale = 2)
    private BigDecimal deposit;

    @Column(name = "rent_category", length = 30)
    private String rentCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lease_fee", joinColumns = @JoinColumn(name = "lease_id"))
    private Set<LeaseFee> fees = new LinkedHashSet<>();

    @NotAudited
    @Column(name = "approval_round", nullable = false)
    private int approvalRound;

    @NotAudited
    @Column(name = "approval_step", nullable = false)
    private int approvalStep;

    @NotAudited
    @Column(name = "signed_at")
    private Instant signedAt;

    @NotAudited
    @Column(name = "activated_at")
    private Instant activatedAt;

    @NotAudited
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    /** The move-out checklist as JSON (keys returned, meters read, damages…). */
    @NotAudited
    @Column(name = "move_out", columnDefinition = "text")
    private String moveOut;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Lease() {
    }

    public Lease(String number, long householdId, Place place, long leaseTypeId, long templateId, LeaseKind kind,
                 Long previousLeaseId, Terms terms, Collection<LeaseFee> fees, LeaseStatus initial, Instant now) {
        this.number = number;
        this.householdId = householdId;
        this.unitId = place.unitId();
        this.projectId = place.projectId();
        this.buildingId = place.buildingId();
        this.unitLabel = place.label();
        this.leaseTypeId = leaseTypeId;
        this.templateId = templateId;
        this.kind = kind;
        this.previousLeaseId = previousLeaseId;
        this.status = initial;
        this.createdAt = now;
        apply(terms, fees, now);
    }

    /** Changes the terms of a draft (an approved or signed contract is never edited: it is re-signed as a successor). */
    public void changeTerms(long leaseTypeId, long templateId, Terms terms, Collection<LeaseFee> newFees, Instant now) {
        if (status != LeaseStatus.DRAFT) {
            throw new IllegalLeaseTransitionException(status, LeaseStatus.DRAFT);
        }
        this.leaseTypeId = leaseTypeId;
        this.templateId = templateId;
        apply(terms, newFees, now);
    }

    private void apply(Terms t, Collection<LeaseFee> newFees, Instant now) {
        if (!t.endDate().isAfter(t.startDate())) {
            throw new IllegalArgumentException("the end of a lease is after its start");
        }
        this.startDate = t.startDate();
        this.endDate = t.endDate();
        this.monthlyRent = t.monthlyRent();
        this.deposit = t.deposit();
        this.rentCategory = t.rentCategory();
        this.fees.clear();
        this.fees.addAll(newFees);
        this.updatedAt = now;
    }

    /** Moves along the state machine; refuses an illegal change. Returns the status before. */
    public LeaseStatus moveTo(LeaseStatus next, Instant now) {
        LeaseStatus before = status;
        if (!before.canMoveTo(next)) {
            throw new IllegalLeaseTransitionException(before, next);
        }
        this.status = next;
        this.updatedAt = now;
        switch (next) {
            case PENDING_APPROVAL -> {
                this.approvalRound++;
                this.approvalStep = 1;
            }
            case DRAFT, APPROVED, REJECTED -> this.approvalStep = 0;
            case SIGNED -> this.signedAt = now;
            case ACTIVE -> this.activatedAt = now;
            default -> {
                if (next.ended()) {
                    this.endedAt = now;
                }
            }
        }
        return before;
    }

    /** The approval moved on to the next step (the state stays PENDING_APPROVAL). */
    public void advanceApproval(int nextStep, Instant now) {
        if (status != LeaseStatus.PENDING_APPROVAL) {
            throw new IllegalLeaseTransitionException(status, LeaseStatus.PENDING_APPROVAL);
        }
        this.approvalStep = nextStep;
        this.updatedAt = now;
    }

    public void recordEnd(String reason, String moveOutJson, Instant now) {
        this.endReason = reason;
        this.moveOut = moveOutJson;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long householdId() {
        return householdId;
    }

    public long unitId() {
        return unitId;
    }

    public long projectId() {
        return projectId;
    }

    public long buildingId() {
        return buildingId;
    }

    public String unitLabel() {
        return unitLabel;
    }

    public long leaseTypeId() {
        return leaseTypeId;
    }

    public long templateId() {
        return templateId;
    }

    public LeaseKind kind() {
        return kind;
    }

    public Long previousLeaseId() {
        return previousLeaseId;
    }

    public LeaseStatus status() {
        return status;
    }

    public Terms terms() {
        return new Terms(startDate, endDate, monthlyRent, deposit, rentCategory);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public BigDecimal monthlyRent() {
        return monthlyRent;
    }

    public BigDecimal deposit() {
        return deposit;
    }

    public String rentCategory() {
        return rentCategory;
    }

    public List<LeaseFee> fees() {
        return List.copyOf(fees);
    }

    public int approvalRound() {
        return approvalRound;
    }

    public int approvalStep() {
        return approvalStep;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public String moveOut() {
        return moveOut;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
