package org.anju.alerts.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 合同到期 (R6.3d, R7.3b): a live lease opens an alert when its end is no further than the largest offset, and the
 * same alert gains evidence (and severity) at each smaller offset: LOW at the first, MEDIUM in between, HIGH at the
 * last and once the end has passed without a successor. One episode per lease and end date: a renewal (new end) is a
 * new situation.
 */
public final class ContractExpiryRule {

    public static final int VERSION = 1;

    public record Lease(long leaseId, String number, long householdId, long unitId, String unitLabel, long projectId,
                        LocalDate end) {
    }

    private ContractExpiryRule() {
    }

    public static Optional<Finding> evaluate(Lease l, LocalDate today, AlertSettings s) {
        List<Integer> offsets = s.offsetsDescending();
        long left = ChronoUnit.DAYS.between(today, l.end());
        if (left > offsets.get(0)) {
            return Optional.empty();
        }
        Severity severity;
        String stage;
        String key;
        if (left < 0) {
            severity = Severity.HIGH;
            stage = "overdue";
            key = "alerts.explain.expiry.overdue";
        } else {
            int reached = offsets.get(0);
            int index = 0;
            for (int i = 0; i < offsets.size(); i++) {
                if (offsets.get(i) >= left) {
                    reached = offsets.get(i);
                    index = i;
                }
            }
            severity = index == offsets.size() - 1 && offsets.size() > 1 ? Severity.HIGH
                    : index == 0 ? Severity.LOW : Severity.MEDIUM;
            stage = "offset-" + reached;
            key = "alerts.explain.expiry";
        }
        return Optional.of(new Finding(AlertType.CONTRACT_EXPIRY, severity, SubjectKind.LEASE, String.valueOf(l.leaseId()),
                l.projectId(), l.unitId(), l.householdId(), l.leaseId(), VERSION, key,
                List.of(l.number(), l.unitLabel(), l.end().toString(), String.valueOf(Math.abs(left))),
                Map.of("leaseNumber", l.number(), "end", l.end().toString(), "daysLeft", left, "stage", stage,
                        "offsets", s.expiryOffsetsDays()),
                stage, "lease-" + l.leaseId() + "-end-" + l.end()));
    }
}
