package org.anju.leasing.domain;

/** How a fee item's amount is computed: a fixed amount, an amount per m² of the unit, or a price per metered unit. */
public enum AmountRule {
    FIXED, PER_AREA, METERED
}
