package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Time and numbers as the rules write them into explanations: Beijing wall clock, quantities to one decimal. */
public final class RuleTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private RuleTime() {
    }

    public static String wall(Instant t) {
        return WALL.format(t);
    }

    public static LocalDate day(Instant t) {
        return t.atZone(ZONE).toLocalDate();
    }

    /** {@code 0.1}, {@code 12.4}: a plain string, so MessageFormat does not group or re-round it. */
    public static String qty(BigDecimal v) {
        return v == null ? "0" : v.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
