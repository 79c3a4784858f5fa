package org.anju.leasing.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A year's eligibility review (年度资格复审, R6.2b1): the sitting households it selected, until its deadline. */
@Entity
@Table(name = "review_campaign")
public class ReviewCampaign {

    /** Open while residents submit and staff decide; closed afterwards. */
    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_campaign_seq")
    @SequenceGenerator(name = "review_campaign_seq", sequenceName = "review_campaign_seq", allocationSize = 50)
    private Long id;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewCampaign() {
    }

    public ReviewCampaign(int year, String name, LocalDate deadline, Instant now) {
        this.year = year;
        this.name = name;
        this.deadline = deadline;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    public void close() {
        this.status = Status.CLOSED;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String name() {
        return name;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
