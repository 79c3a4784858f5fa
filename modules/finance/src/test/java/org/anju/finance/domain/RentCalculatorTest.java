package org.anju.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** R6.4c: rent = area × standard × category rule, rounded once, half up, to the fen. */
class RentCalculatorTest {

    private static BigDecimal rent(String area, String standard, RentRuleMode mode, String value) {
        return RentCalculator.monthlyRent(new RentCalculator.Basis(new BigDecimal(area),
                standard == null ? null : new BigDecimal(standard), mode, value == null ? null : new BigDecimal(value)));
    }

    @Test
    void standardRentIsAreaTimesStandard() {
        assertThat(rent("45.50", "15.00", RentRuleMode.STANDARD, null)).isEqualTo(new BigDecimal("682.50"));
    }

    @Test
    void aDiscountIsAPercentageOfTheStandardRoundedOnceAtTheEnd() {
        assertThat(rent("45.50", "15.00", RentRuleMode.DISCOUNT, "60")).isEqualTo(new BigDecimal("409.50"));
        // 38.37 × 12.35 × 55 % = 260.628225 → 260.63; rounding the standard rent first (473.87 × 55 % = 260.6285) agrees
        // here, but the rule is one rounding at the end.
        assertThat(rent("38.37", "12.35", RentRuleMode.DISCOUNT, "55")).isEqualTo(new BigDecimal("260.63"));
        // half up: 10.01 × 0.5 × 1.00 = 5.005 → 5.01
        assertThat(rent("10.01", "1.00", RentRuleMode.DISCOUNT, "50")).isEqualTo(new BigDecimal("5.01"));
    }

    @Test
    void fixedRateReplacesTheStandardAndFixedAmountIgnoresArea() {
        assertThat(rent("50.00", "15.00", RentRuleMode.FIXED_RATE, "3.20")).isEqualTo(new BigDecimal("160.00"));
        assertThat(rent("50.00", "15.00", RentRuleMode.FIXED_AMOUNT, "300")).isEqualTo(new BigDecimal("300.00"));
    }

    @Test
    void missingFiguresAreRefused() {
        assertThatThrownBy(() -> rent("50.00", null, RentRuleMode.STANDARD, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rent("0", "15.00", RentRuleMode.STANDARD, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rent("50.00", "15.00", RentRuleMode.DISCOUNT, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBillAlreadyIssuedOwesTheDifferenceOfItsRentLineProRatedAndRoundedOnce() {
        // a whole month: 682.50 -> 700.00 owes 17.50 more
        assertThat(RentCalculator.retroactiveDifference(new BigDecimal("682.50"),
                new BigDecimal("682.50"), new BigDecimal("700.00"))).isEqualByComparingTo("17.50");
        // 15 of 30 days (341.25 of 682.50): half the difference; a decrease is negative
        assertThat(RentCalculator.retroactiveDifference(new BigDecimal("341.25"),
                new BigDecimal("682.50"), new BigDecimal("600.00"))).isEqualByComparingTo("-41.25");
        // 1/3 of a month of 1000 -> 1001: 333.33 × 1.001 = 333.66333 -> 0.33 more (rounded once, half up)
        assertThat(RentCalculator.retroactiveDifference(new BigDecimal("333.33"),
                new BigDecimal("1000.00"), new BigDecimal("1001.00"))).isEqualByComparingTo("0.33");
        assertThat(RentCalculator.retroactiveDifference(BigDecimal.ZERO,
                new BigDecimal("500"), new BigDecimal("600"))).isEqualByComparingTo("0");
    }
}
