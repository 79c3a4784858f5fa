package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 欠租 (R6.3d, R7.1b, R7.3b): a lease overdue for at least the set days, or by at least the set amount, raises an
 * alert; twice either threshold makes it HIGH. Evidence per (oldest due date, amount): each change of the arrears is a
 * line. Arrears paid off close the alert ({@link #cleared}).
 */
public final class ArrearsRule {

    public static final int VERSION = 1;

    public record Arrears(long leaseId, String leaseNumber, long householdId, long unitId, String unitLabel,
                          long projectId, BigDecimal overdue, LocalDate oldestDue, long daysOverdue) {
    }

    private ArrearsRule() {
    }

    public static boolean cleared(Arrears a) {
        return a.overdue() == null || a.overdue().signum() <= 0;
    }

    public static Optional<Finding> evaluate(Arrears a, AlertSettings s) {
        if (cleared(a)) {
            return Optional.empty();
        }
        boolean days = a.daysOverdue() >= s.arrearsDays();
        boolean amount = a.overdue().compareTo(s.arrearsAmount()) >= 0;
        if (!days && !amount) {
            return Optional.empty();
        }
        boolean high = a.daysOverdue() >= 2L * s.arrearsDays()
                || a.overdue().compareTo(s.arrearsAmount().multiply(BigDecimal.valueOf(2))) >= 0;
        String money = a.overdue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        String oldest = a.oldestDue() == null ? "-" : a.oldestDue().toString();
        return Optional.of(new Finding(AlertType.ARREARS, high ? Severity.HIGH : Severity.MEDIUM, SubjectKind.LEASE,
                String.valueOf(a.leaseId()), a.projectId(), a.unitId(), a.householdId(), a.leaseId(), VERSION,
                "alerts.explain.arrears", List.of(a.leaseNumber(), a.unitLabel(), money, oldest,
                        String.valueOf(a.daysOverdue())),
                Map.of("overdue", money, "oldestDue", oldest, "daysOverdue", a.daysOverdue(),
                        "thresholdDays", s.arrearsDays(), "thresholdAmount", s.arrearsAmount().toPlainString()),
                "arrears-" + oldest + "-" + money, "oldest-" + oldest));
    }
}
