package org.anju.leasing.domain;

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

/**
 * A resident's application about their lease (R6.2b2 change of income, members or housing, swap of unit; R6.2b3
 * renewal). The details are kept as submitted (JSON). Invariant: decided once; an approval names the successor lease.
 */
@Entity
@Table(name = "household_application")
public class HouseholdApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_application_seq")
    @SequenceGenerator(name = "household_application_seq", sequenceName = "household_application_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private long leaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 20)
    private ApplicationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ApplicationStatus status;

    /** The details as submitted (JSON; members' identity numbers sealed). */
    @Column(name = "payload", updatable = false, columnDefinition = "text")
    private String payload;

    @Column(name = "reason", updatable = false, length = 1000)
    private String reason;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "new_lease_id")
    private Long newLeaseId;

    protected HouseholdApplication() {
    }

    public HouseholdApplication(long householdId, long leaseId, ApplicationType type, String payload, String reason,
                                String submittedBy, Instant now) {
        this.householdId = householdId;
        this.leaseId = leaseId;
        this.type = type;
        this.payload = payload;
        this.reason = reason;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.status = ApplicationStatus.SUBMITTED;
    }

    public void approve(String actor, String reason, Long newLeaseId, Instant now) {
        decide(ApplicationStatus.APPROVED, actor, reason, now);
        this.newLeaseId = newLeaseId;
    }

    public void reject(String actor, String reason, Instant now) {
        decide(ApplicationStatus.REJECTED, actor, reason, now);
    }

    public void withdraw(String actor, Instant now) {
        decide(ApplicationStatus.WITHDRAWN, actor, null, now);
    }

    private void decide(ApplicationStatus to, String actor, String reason, Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalStateException("already " + status);
        }
        this.status = to;
        this.decidedBy = actor;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public long leaseId() {
        return leaseId;
    }

    public ApplicationType type() {
        return type;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String payload() {
        return payload;
    }

    public String reason() {
        return reason;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Long newLeaseId() {
        return newLeaseId;
    }
}
