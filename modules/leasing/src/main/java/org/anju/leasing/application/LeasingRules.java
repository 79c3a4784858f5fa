package org.anju.leasing.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.EligibilityCategory;

/** Small shared rules: trimming, money, contract dates in Asia/Shanghai, Chinese names of categories. */
public final class LeasingRules {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private LeasingRules() {
    }

    public static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Money with two decimals (HALF_UP where a computation rounds, e.g. a per-area fee). */
    /**
     * The last day of a term of {@code months} starting on {@code start}: the day before the same date {@code months}
     * later. When that month is too short (a start on the 29th–31st), the anniversary is the 1st of the next month, so
     * 2028-02-29 + 12 months ends 2029-02-28 and 2026-01-31 + 1 month ends 2026-02-28, never a day short.
     */
    public static LocalDate termEnd(LocalDate start, int months) {
        LocalDate anniversary = start.plusMonths(months);
        if (anniversary.getDayOfMonth() < start.getDayOfMonth()) {
            anniversary = anniversary.plusDays(1);
        }
        return anniversary.minusDays(1);
    }

    public static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    public static String chinese(EligibilityCategory c) {
        return switch (c) {
            case SUBSISTENCE -> "低保";
            case LOW_INCOME -> "低收入";
            case NEW_GRADUATE -> "新就业";
            case MIGRANT_WORKER -> "外来务工";
            case TALENT -> "人才";
            case OTHER -> "其他";
        };
    }

    /** Parses a category from its Chinese name or its code; null when it is neither. */
    public static EligibilityCategory category(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (EligibilityCategory c : EligibilityCategory.values()) {
            if (c.name().equalsIgnoreCase(t) || chinese(c).equals(t)) {
                return c;
            }
        }
        return null;
    }

    public static String status(Locale locale, LeaseStatus s) {
        return org.anju.kernel.api.Messages.get(locale, "leasing.status." + s.name());
    }
}
