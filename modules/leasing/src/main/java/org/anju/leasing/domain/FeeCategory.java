package org.anju.leasing.domain;

/** What a fee item charges for (R6.3b). */
public enum FeeCategory {
    RENT, DEPOSIT, PROPERTY, WATER, ELECTRICITY, GAS, PARKING, HEATING, OTHER
}
