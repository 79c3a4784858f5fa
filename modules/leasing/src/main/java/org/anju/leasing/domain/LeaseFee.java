package org.anju.leasing.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A fee item as bound to one lease: copied from the catalogue when the lease is drafted (the amount may be set per lease). */
@Embeddable
public class LeaseFee {

    @Column(name = "fee_item_id", nullable = false)
    private long feeItemId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private FeeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "cycle", nullable = false, length = 20)
    private FeeCycle cycle;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected LeaseFee() {
    }

    public LeaseFee(long feeItemId, String name, FeeCategory category, FeeCycle cycle, BigDecimal amount) {
        this.feeItemId = feeItemId;
        this.name = name;
        this.category = category;
        this.cycle = cycle;
        this.amount = amount;
    }

    public long feeItemId() {
        return feeItemId;
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

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeaseFee f && f.feeItemId == feeItemId && Objects.equals(f.name, name)
                && f.category == category && f.cycle == cycle
                && (f.amount == null ? amount == null : amount != null && f.amount.compareTo(amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(feeItemId, name, category, cycle);
    }
}
