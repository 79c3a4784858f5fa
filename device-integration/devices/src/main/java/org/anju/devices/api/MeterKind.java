package org.anju.devices.api;

/**
 * What a meter node measures (devices protocol 2.2): cumulative water (m³) and electricity (kWh) readings, and whether
 * the unit's meters reach the gateway (ONLINE: 1 or 0, no consumption).
 */
public enum MeterKind {
    WATER("m³"), ELECTRICITY("kWh"), ONLINE(null);

    private final String unitSymbol;

    MeterKind(String unitSymbol) {
        this.unitSymbol = unitSymbol;
    }

    /** The unit of the value for people (m³, kWh); null for ONLINE. */
    public String unitSymbol() {
        return unitSymbol;
    }

    /** Whether readings of this kind add up to a consumption. */
    public boolean cumulative() {
        return this != ONLINE;
    }

    /** The last segment of a NodeId by convention ({@code water}, {@code electricity}, {@code online}). */
    public String suffix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
