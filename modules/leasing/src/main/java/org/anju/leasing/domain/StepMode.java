package org.anju.leasing.domain;

/** An approval step passes with one approval by any named role (任一), or one approval per named role (会签). */
public enum StepMode {
    ANY, ALL
}
