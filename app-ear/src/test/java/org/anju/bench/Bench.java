package org.anju.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which benchmarks of the {@code bench} profile run: all of them, unless {@code -Dbench.only=billing} (or a
 * comma-separated list such as {@code housing,billing}) names some. The benchmarks run inside the Maven JVM
 * (exec:java), so a property given on the Maven command line is a system property here.
 */
final class Bench {

    private Bench() {
    }

    /**
     * Registers the PostgreSQL driver of this class loader. exec:java gives every execution a class loader of its own
     * in the one Maven JVM; DriverManager initialises its drivers once, so from the second benchmark on it only knows
     * the first one's driver, which it refuses to a caller of another loader ("No suitable driver").
     */
    static void registerDriver() throws ClassNotFoundException {
        Class.forName("org.postgresql.Driver");
    }

    static boolean selected(String name) {
        String only = System.getProperty("bench.only", "").trim();
        if (only.isEmpty()) {
            return true;
        }
        boolean chosen = Arrays.stream(only.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).anyMatch(name::equals);
        if (!chosen) {
            System.out.println("[bench] " + name + " skipped (-Dbench.only=" + only + ")");
        }
        return chosen;
    }
}
