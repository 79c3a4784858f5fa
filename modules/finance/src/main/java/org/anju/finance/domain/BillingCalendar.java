package org.anju.finance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Which periods a lease is billed for and how much of a month it covers. A lease is billed for every calendar month
 * its term touches; the first and last months are pro-rated by days (rent × days covered ÷ days in the month, rounded
 * once, half up). QUARTERLY items fall every third month counted from the lease's first month, YEARLY items in the
 * lease's first month of each lease year, ONCE items only in the first month.
 */
public final class BillingCalendar {

    private BillingCalendar() {
    }

    /** Whether the lease's term touches the period. */
    public static boolean billable(LocalDate start, LocalDate end, YearMonth period) {
        return !start.isAfter(period.atEndOfMonth()) && !end.isBefore(period.atDay(1));
    }

    /** Days of the period inside the term. */
    public static long daysCovered(LocalDate start, LocalDate end, YearMonth period) {
        LocalDate from = start.isAfter(period.atDay(1)) ? start : period.atDay(1);
        LocalDate to = end.isBefore(period.atEndOfMonth()) ? end : period.atEndOfMonth();
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The monthly amount for the part of the period the term covers. */
    public static BigDecimal prorated(BigDecimal monthly, LocalDate start, LocalDate end, YearMonth period) {
        long days = daysCovered(start, end, period);
        int length = period.lengthOfMonth();
        if (days >= length) {
            return Money.fen(monthly);
        }
        return Money.fen(monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(length), MathContext.DECIMAL128));
    }

    /** Whether an item of this cycle is due in the period. */
    public static boolean due(FeeCycle cycle, LocalDate start, YearMonth period) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(start), period);
        if (months < 0) {
            return false;
        }
        return switch (cycle) {
            case MONTHLY -> true;
            case QUARTERLY -> months % 3 == 0;
            case YEARLY -> months % 12 == 0;
            case ONCE -> months == 0;
            case METERED -> false;
        };
    }

    /** The due date of a period's bill: the operator's due day, or the month's last day if it is shorter. */
    public static LocalDate dueDate(YearMonth period, int dueDay) {
        return period.atDay(Math.min(dueDay, period.lengthOfMonth()));
    }
}
