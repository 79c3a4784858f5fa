package org.anju.finance.domain;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The monthly rent of a lease (R6.4c): area (m²) × the project's rent standard for the year (CNY per m² per month) ×
 * the rule of the household's category from this year's eligibility review. Rounding rule: the exact product is
 * rounded once, half up, to the fen — never per factor. Example: 45.50 m² × 15.00 × 60 % = 409.50.
 */
public final class RentCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private RentCalculator() {
    }

    /** The rule applied to one lease, and the figures it used (kept as the adjustment's basis). */
    public record Basis(BigDecimal area, BigDecimal standard, RentRuleMode mode, BigDecimal value) {
    }

    public static BigDecimal monthlyRent(Basis b) {
        if (b.area() == null || b.area().signum() <= 0) {
            throw new IllegalArgumentException("area must be positive");
        }
        BigDecimal exact = switch (b.mode()) {
            case STANDARD -> b.area().multiply(required(b.standard()));
            case DISCOUNT -> b.area().multiply(required(b.standard())).multiply(required(b.value()))
                    .divide(HUNDRED, MathContext.DECIMAL128);
            case FIXED_RATE -> b.area().multiply(required(b.value()));
            case FIXED_AMOUNT -> required(b.value());
        };
        return Money.fen(exact);
    }

    private static BigDecimal required(BigDecimal v) {
        if (v == null || v.signum() < 0) {
            throw new IllegalArgumentException("a rent figure is missing or negative");
        }
        return v;
    }

    /**
     * What a bill already issued owes more (positive) or less (negative) when the rent changes from {@code oldRent}
     * to {@code newRent} for its period: its rent line scaled by the new rent over the old, so a pro-rated first month
     * stays pro-rated, minus the rent line; rounded once, half up, to the fen. Zero when there was no rent to scale.
     */
    public static BigDecimal retroactiveDifference(BigDecimal rentLine, BigDecimal oldRent, BigDecimal newRent) {
        if (rentLine == null || oldRent == null || newRent == null || rentLine.signum() == 0 || oldRent.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return rentLine.multiply(newRent).divide(oldRent, 10, java.math.RoundingMode.HALF_UP).subtract(rentLine)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
