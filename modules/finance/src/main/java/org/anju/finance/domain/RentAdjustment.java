package org.anju.finance.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A change of a lease's rent (R7.4d): old and new rent, from which period, why, on what basis (the standard and rule
 * used), proposed by one person and approved by another. Kept for good, whatever its outcome.
 */
@Entity
@Table(name = "rent_adjustment")
public class RentAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rent_adjustment_seq")
    @SequenceGenerator(name = "rent_adjustment_seq", sequenceName = "rent_adjustment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lease_id", nullable = false)
    private long leaseId;

    @Column(name = "old_rent", nullable = false, precision = 12, scale = 2)
    private BigDecimal oldRent;

    @Column(name = "new_rent", nullable = false, precision = 12, scale = 2)
    private BigDecimal newRent;

    @Column(name = "effective_from", nullable = false, length = 7)
    private String effectiveFrom;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Column(name = "basis", length = 500)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AdjustmentStatus status;

    @Column(name = "requested_by", nullable = false, length = 150)
    private String requestedBy;

    @Column(name = "requested_by_id")
    private Long requestedById;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 150)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RentAdjustment() {
    }

    public RentAdjustment(long leaseId, BigDecimal oldRent, BigDecimal newRent, String effectiveFrom, String reason,
                          String basis, String requestedBy, Long requestedById, Instant now) {
        this.leaseId = leaseId;
        this.oldRent = Money.fen(oldRent);
        this.newRent = Money.fen(newRent);
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.basis = basis;
        this.status = AdjustmentStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedById = requestedById;
        this.requestedAt = now;
    }

    public void decide(boolean approve, String by, String note, Instant now) {
        if (status != AdjustmentStatus.PENDING) {
            throw new IllegalStateException("already decided");
        }
        this.status = approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
        this.decidedBy = by;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public long leaseId() {
        return leaseId;
    }

    public BigDecimal oldRent() {
        return oldRent;
    }

    public BigDecimal newRent() {
        return newRent;
    }

    public String effectiveFrom() {
        return effectiveFrom;
    }

    public String reason() {
        return reason;
    }

    public String basis() {
        return basis;
    }

    public AdjustmentStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Long requestedById() {
        return requestedById;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
