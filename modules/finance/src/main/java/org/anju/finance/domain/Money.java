package org.anju.finance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * CNY amounts: {@link BigDecimal} with 2 decimals (fen). Rounding happens once, at the end of a computation, half up
 * (四舍五入), as residents check their bills by hand; intermediate products keep full precision.
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** To the fen, half up. */
    public static BigDecimal fen(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String v) {
        return fen(new BigDecimal(v));
    }

    public static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
