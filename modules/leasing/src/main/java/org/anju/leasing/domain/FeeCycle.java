package org.anju.leasing.domain;

/** How often a fee item is billed; METERED items are billed from readings. */
public enum FeeCycle {
    MONTHLY, QUARTERLY, YEARLY, ONCE, METERED
}
