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

import org.anju.leasing.api.LeaseStatus;

/** One step of a lease's life (R7.4c): from, to, when, who, why. Written with every transition, never changed. */
@Entity
@Table(name = "lease_event")
public class LeaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_event_seq")
    @SequenceGenerator(name = "lease_event_seq", sequenceName = "lease_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private long leaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 20)
    private LeaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private LeaseStatus to;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    protected LeaseEvent() {
    }

    public LeaseEvent(long leaseId, LeaseStatus from, LeaseStatus to, Instant at, String actor, String reason) {
        this.leaseId = leaseId;
        this.from = from;
        this.to = to;
        this.at = at;
        this.actor = actor;
        this.reason = reason;
    }

    public Long id() {
        return id;
    }

    public long leaseId() {
        return leaseId;
    }

    public LeaseStatus from() {
        return from;
    }

    public LeaseStatus to() {
        return to;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
