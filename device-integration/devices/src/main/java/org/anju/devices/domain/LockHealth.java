package org.anju.devices.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a lock needs a person (R6.1d): the rules the status board, the unit page and the unit's archive share, so that
 * they never disagree. A lock is in trouble while it was tampered with in the last 24 hours (locks have no "tamper
 * cleared" message; a day is long enough for the property company to look), while its battery is below the
 * protocol's LOW_BATTERY threshold, or while a GRANT/REVOKE it never answered still waits (someone's key is not
 * where the platform says). Several locks on one unit: trouble wins over offline, offline over online.
 */
public final class LockHealth {

    /** The protocol's LOW_BATTERY threshold (devices-protocol.md: "battery below 20 %"). */
    public static final int LOW_BATTERY = 20;
    /** How long a tamper report stays open. */
    public static final Duration TAMPER_OPEN = Duration.ofHours(24);

    public static final String ONLINE = "ONLINE";
    public static final String OFFLINE = "OFFLINE";
    public static final String TROUBLE = "TROUBLE";

    /** What a lock last told the platform. */
    public record Reading(boolean online, Integer battery, Instant tamperedAt, boolean undelivered) {
    }

    /** The unit's locks in a few codes: state, the first trouble, the lowest battery, how many locks. */
    public record Summary(String state, String trouble, Integer battery, int locks) {
    }

    private LockHealth() {
    }

    /** A lock's open troubles, most urgent first: TAMPER, TIMED_OUT, LOW_BATTERY. */
    public static List<String> troubles(Reading r, Instant now) {
        List<String> out = new ArrayList<>();
        if (r.tamperedAt() != null && r.tamperedAt().isAfter(now.minus(TAMPER_OPEN))) {
            out.add("TAMPER");
        }
        if (r.undelivered()) {
            out.add("TIMED_OUT");
        }
        if (r.battery() != null && r.battery() < LOW_BATTERY) {
            out.add("LOW_BATTERY");
        }
        return out;
    }

    /** The summary of a unit's locks; null when it has none (its board cell stays as it was). */
    public static Summary summary(List<Reading> locks, Instant now) {
        if (locks.isEmpty()) {
            return null;
        }
        String trouble = null;
        boolean allOnline = true;
        Integer battery = null;
        for (Reading r : locks) {
            List<String> t = troubles(r, now);
            if (!t.isEmpty() && (trouble == null || rank(t.get(0)) < rank(trouble))) {
                trouble = t.get(0);
            }
            allOnline &= r.online();
            if (r.battery() != null && (battery == null || r.battery() < battery)) {
                battery = r.battery();
            }
        }
        String state = trouble != null ? TROUBLE : allOnline ? ONLINE : OFFLINE;
        return new Summary(state, trouble, battery, locks.size());
    }

    private static int rank(String trouble) {
        return switch (trouble) {
            case "TAMPER" -> 0;
            case "TIMED_OUT" -> 1;
            default -> 2;
        };
    }
}
