package org.anju.kernel.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list answer: {@code page} counts from 1. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
