package org.anju.finance.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Shared finance conventions: Shanghai time, periods, the actor of the current scope. */
final class FinanceRules {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FinanceRules() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static YearMonth thisMonth() {
        return YearMonth.now(ZONE);
    }

    static List<Integer> offsets(String stored) {
        return Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
