package org.anju.simulator.lock;

/** How a door was opened; KEY is the mechanical key, which no credential table governs. */
public enum OpenMethod {
    FACE,
    FINGERPRINT,
    PIN,
    CARD,
    APP,
    KEY
}
