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

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** How the rent of households of one eligibility category follows the standard (R6.4c); see {@link RentRuleMode}. */
@Entity
@Table(name = "rent_rule")
@Audited
public class RentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rent_rule_seq")
    @SequenceGenerator(name = "rent_rule_seq", sequenceName = "rent_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "category", nullable = false, length = 20)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private RentRuleMode mode;

    @Column(name = "value", precision = 10, scale = 2)
    private BigDecimal value;

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

    protected RentRule() {
    }

    public RentRule(String category, RentRuleMode mode, BigDecimal value, String note, Instant now) {
        this.category = category;
        this.createdAt = now;
        change(mode, value, note, now);
    }

    public void change(RentRuleMode mode, BigDecimal value, String note, Instant now) {
        this.mode = mode;
        this.value = value == null ? null : Money.fen(value);
        this.note = note;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String category() {
        return category;
    }

    public RentRuleMode mode() {
        return mode;
    }

    public BigDecimal value() {
        return value;
    }

    public String note() {
        return note;
    }
}
