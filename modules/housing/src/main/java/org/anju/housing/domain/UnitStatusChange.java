package org.anju.housing.domain;

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

import org.anju.housing.api.StatusSource;
import org.anju.housing.api.UnitStatus;

/** One change of a unit's status: when, by whom, why, from where (R6.1c). Written once, never changed. */
@Entity
@Table(name = "unit_status_change")
public class UnitStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_status_change_seq")
    @SequenceGenerator(name = "unit_status_change_seq", sequenceName = "unit_status_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 24)
    private UnitStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 24)
    private UnitStatus to;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 16)
    private StatusSource source;

    protected UnitStatusChange() {
    }

    public UnitStatusChange(long unitId, UnitStatus from, UnitStatus to, Instant at, String actor, String reason,
                            StatusSource source) {
        this.unitId = unitId;
        this.from = from;
        this.to = to;
        this.at = at;
        this.actor = actor;
        this.reason = reason;
        this.source = source;
    }

    public long unitId() {
        return unitId;
    }

    public UnitStatus from() {
        return from;
    }

    public UnitStatus to() {
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

    public StatusSource source() {
        return source;
    }
}
