package org.anju.simulator.model;

/**
 * How the people of a unit behave, seen through its lock and its meters. Each profile exists because the platform
 * has a rule to test against it (DESIGN: alerts for sublets, empty units and residents who may need a welfare check).
 */
public enum Profile {
    /** A household of one to four: openings in the morning, at noon and in the evening by FACE, FINGERPRINT or PIN. */
    RESIDENT,
    /** Looks sublet: many distinct credentials (temporary PINs, cards), at odd hours, more consumption at night. */
    SUBLET,
    /** Nobody lives there: no openings, only heartbeats; the meters do not move. */
    VACANT,
    /** One elderly resident who stops opening the door after a configurable time; consumption then nearly stops. */
    ELDERLY
}
