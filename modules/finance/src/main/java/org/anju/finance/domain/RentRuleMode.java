package org.anju.finance.domain;

/**
 * How an eligibility category turns the year's rent standard into a lease's rent (R6.4c).
 * {@code value} means: nothing for STANDARD, a percentage of the standard for DISCOUNT (e.g. 60 = 60 %), a price per
 * m² per month replacing the standard for FIXED_RATE, a monthly amount regardless of area for FIXED_AMOUNT.
 */
public enum RentRuleMode {
    STANDARD, DISCOUNT, FIXED_RATE, FIXED_AMOUNT
}
