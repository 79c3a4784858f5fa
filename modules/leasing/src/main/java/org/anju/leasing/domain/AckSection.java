package org.anju.leasing.domain;

/** The parts of a contract a resident must open and acknowledge before signing (R6.3a). */
public enum AckSection {
    LIABILITY, RETURN_CONDITIONS
}
