package org.anju.finance.domain;

/** How often a fee item is billed (the leasing catalogue's cycles). METERED items are billed from readings. */
public enum FeeCycle {
    MONTHLY, QUARTERLY, YEARLY, ONCE, METERED
}
