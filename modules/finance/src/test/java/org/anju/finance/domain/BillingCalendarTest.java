package org.anju.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Which months a lease is billed for, pro-rating of first and last months, fee cycles, due dates. */
class BillingCalendarTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 16);
    private static final LocalDate END = LocalDate.of(2029, 3, 15);

    @Test
    void everyMonthTheTermTouchesIsBillable() {
        assertThat(BillingCalendar.billable(START, END, YearMonth.of(2026, 2))).isFalse();
        assertThat(BillingCalendar.billable(START, END, YearMonth.of(2026, 3))).isTrue();
        assertThat(BillingCalendar.billable(START, END, YearMonth.of(2029, 3))).isTrue();
        assertThat(BillingCalendar.billable(START, END, YearMonth.of(2029, 4))).isFalse();
    }

    @Test
    void firstAndLastMonthsArePaidByTheDay() {
        // March 2026: the 16th to the 31st = 16 of 31 days; 682.50 × 16 / 31 = 352.258… → 352.26
        assertThat(BillingCalendar.daysCovered(START, END, YearMonth.of(2026, 3))).isEqualTo(16);
        assertThat(BillingCalendar.prorated(new BigDecimal("682.50"), START, END, YearMonth.of(2026, 3)))
                .isEqualTo(new BigDecimal("352.26"));
        assertThat(BillingCalendar.prorated(new BigDecimal("682.50"), START, END, YearMonth.of(2026, 4)))
                .isEqualTo(new BigDecimal("682.50"));
        // March 2029: the 1st to the 15th = 15 of 31 days → 330.24
        assertThat(BillingCalendar.prorated(new BigDecimal("682.50"), START, END, YearMonth.of(2029, 3)))
                .isEqualTo(new BigDecimal("330.24"));
    }

    @Test
    void feeCyclesCountFromTheLeasesFirstMonth() {
        assertThat(BillingCalendar.due(FeeCycle.MONTHLY, START, YearMonth.of(2026, 7))).isTrue();
        assertThat(BillingCalendar.due(FeeCycle.QUARTERLY, START, YearMonth.of(2026, 3))).isTrue();
        assertThat(BillingCalendar.due(FeeCycle.QUARTERLY, START, YearMonth.of(2026, 5))).isFalse();
        assertThat(BillingCalendar.due(FeeCycle.QUARTERLY, START, YearMonth.of(2026, 6))).isTrue();
        assertThat(BillingCalendar.due(FeeCycle.YEARLY, START, YearMonth.of(2027, 3))).isTrue();
        assertThat(BillingCalendar.due(FeeCycle.YEARLY, START, YearMonth.of(2027, 4))).isFalse();
        assertThat(BillingCalendar.due(FeeCycle.ONCE, START, YearMonth.of(2026, 3))).isTrue();
        assertThat(BillingCalendar.due(FeeCycle.ONCE, START, YearMonth.of(2026, 4))).isFalse();
        assertThat(BillingCalendar.due(FeeCycle.METERED, START, YearMonth.of(2026, 4))).isFalse();
        assertThat(BillingCalendar.due(FeeCycle.MONTHLY, START, YearMonth.of(2026, 2))).isFalse();
    }

    @Test
    void theDueDayFallsBackToTheMonthsLastDay() {
        assertThat(BillingCalendar.dueDate(YearMonth.of(2026, 11), 15)).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(BillingCalendar.dueDate(YearMonth.of(2026, 2), 30)).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
