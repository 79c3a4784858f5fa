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

/** A resident opened and acknowledged a part of the contract (R6.3a): when, from which device and address. */
@Entity
@Table(name = "lease_acknowledgement")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_acknowledgement_seq")
    @SequenceGenerator(name = "lease_acknowledgement_seq", sequenceName = "lease_acknowledgement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private long leaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, updatable = false, length = 30)
    private AckSection section;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "ip", updatable = false, length = 64)
    private String ip;

    @Column(name = "user_agent", updatable = false, length = 500)
    private String userAgent;

    protected Acknowledgement() {
    }

    public Acknowledgement(long leaseId, AckSection section, long userId, Instant at, String ip, String userAgent) {
        this.leaseId = leaseId;
        this.section = section;
        this.userId = userId;
        this.at = at;
        this.ip = ip;
        this.userAgent = userAgent;
    }

    public long leaseId() {
        return leaseId;
    }

    public AckSection section() {
        return section;
    }

    public long userId() {
        return userId;
    }

    public Instant at() {
        return at;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }
}
