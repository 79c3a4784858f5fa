package org.anju.finance.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The rent standard of a project for a year (CNY per m² per month), as the authority sets it (R6.4c). */
@Entity
@Table(name = "rent_standard")
@Audited
public class RentStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rent_standard_seq")
    @SequenceGenerator(name = "rent_standard_seq", sequenceName = "rent_standard_seq", allocationSize = 50)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "price_per_sqm", nullable = false, precision = 10, scale = 2)
    private BigDecimal pricePerSqm;

    @Column(name = "note", length = 300)
    private String note;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RentStandard() {
    }

    public RentStandard(long projectId, int year, BigDecimal pricePerSqm, String note, Instant now) {
        this.projectId = projectId;
        this.year = year;
        this.pricePerSqm = Money.fen(pricePerSqm);
        this.note = note;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(BigDecimal price, String note, Instant now) {
        this.pricePerSqm = Money.fen(price);
        this.note = note;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public int year() {
        return year;
    }

    public BigDecimal pricePerSqm() {
        return pricePerSqm;
    }

    public String note() {
        return note;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
