package org.anju.leasing.domain;

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

/**
 * An entry of the operator's fee catalogue (R6.3b): rent, deposit, property fee, water, electricity, parking… with its
 * billing cycle and amount rule. Leases copy the items they bind, so a later change of the catalogue does not rewrite a
 * signed contract.
 */
@Entity
@Table(name = "fee_item")
@Audited
public class FeeItem {

    /** The editable description of a fee item. */
    public record Definition(String code, String name, FeeCategory category, FeeCycle cycle, AmountRule rule,
                             BigDecimal amount, String unit, boolean active) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_item_seq")
    @SequenceGenerator(name = "fee_item_seq", sequenceName = "fee_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private FeeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle", nullable = false, length = 20)
    private FeeCycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 20)
    private AmountRule rule;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "unit", length = 20)
    private String unit;

    @Column(name = "active", nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected FeeItem() {
    }

    public FeeItem(Definition d, Instant now) {
        this.createdAt = now;
        define(d, now);
    }

    public void define(Definition d, Instant now) {
        this.code = d.code();
        this.name = d.name();
        this.category = d.category();
        this.cycle = d.cycle();
        this.rule = d.rule();
        this.amount = d.amount();
        this.unit = d.unit();
        this.active = d.active();
        this.updatedAt = now;
    }

    public Definition definition() {
        return new Definition(code, name, category, cycle, rule, amount, unit, active);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public FeeCategory category() {
        return category;
    }

    public FeeCycle cycle() {
        return cycle;
    }

    public AmountRule rule() {
        return rule;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String unit() {
        return unit;
    }

    public boolean active() {
        return active;
    }
}
