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

/** What one approver decided, in which round, at which step, in the name of which role. Never changed. */
@Entity
@Table(name = "approval_decision")
public class ApprovalDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_decision_seq")
    @SequenceGenerator(name = "approval_decision_seq", sequenceName = "approval_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private long leaseId;

    @Column(name = "round", nullable = false, updatable = false)
    private int round;

    @Column(name = "step_no", nullable = false, updatable = false)
    private int stepNo;

    @Column(name = "role_code", nullable = false, updatable = false, length = 64)
    private String roleCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false, length = 10)
    private Decision decision;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "actor_user_id", nullable = false, updatable = false)
    private long actorUserId;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    protected ApprovalDecision() {
    }

    public ApprovalDecision(long leaseId, int round, int stepNo, String roleCode, Decision decision, String actor,
                            long actorUserId, String reason, Instant at) {
        this.leaseId = leaseId;
        this.round = round;
        this.stepNo = stepNo;
        this.roleCode = roleCode;
        this.decision = decision;
        this.actor = actor;
        this.actorUserId = actorUserId;
        this.reason = reason;
        this.at = at;
    }

    public long leaseId() {
        return leaseId;
    }

    public int round() {
        return round;
    }

    public int stepNo() {
        return stepNo;
    }

    public String roleCode() {
        return roleCode;
    }

    public Decision decision() {
        return decision;
    }

    public String actor() {
        return actor;
    }

    public long actorUserId() {
        return actorUserId;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
