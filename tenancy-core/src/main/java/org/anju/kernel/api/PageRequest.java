package org.anju.kernel.api;

/** A validated page window: page from 1, size 1..{@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        ProblemException.Violations v = new ProblemException.Violations();
        if (page < 1) {
            v.add("page", "validation.min", 1);
        }
        if (size < 1 || size > MAX_SIZE) {
            v.add("size", "validation.range", 1, MAX_SIZE);
        }
        v.throwIfAny();
    }

    public int offset() {
        return (page - 1) * size;
    }
}
