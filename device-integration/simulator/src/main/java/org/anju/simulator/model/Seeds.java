package org.anju.simulator.model;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the one seed and a few coordinates (unit, day, purpose). Because a stream
 * depends only on its coordinates, a day's plan or an hour's consumption is the same however the ticks fall.
 */
public final class Seeds {

    private Seeds() {
    }

    /** SplitMix64 over the parts: cheap, well mixed, stable across JVMs. */
    public static long mix(long seed, long... parts) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        h = splitMix(h);
        for (long p : parts) {
            h = splitMix(h ^ p);
        }
        return h;
    }

    /** A uniform double in [0, 1) for the coordinates. */
    public static double uniform(long seed, long... parts) {
        return (mix(seed, parts) >>> 11) * 0x1.0p-53;
    }

    public static SplittableRandom random(long seed, long... parts) {
        return new SplittableRandom(mix(seed, parts));
    }

    /** A stable number for a text (a purpose name, a room), for use as a coordinate. */
    public static long of(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static long splitMix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
