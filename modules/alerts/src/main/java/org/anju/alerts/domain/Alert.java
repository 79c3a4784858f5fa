package org.anju.alerts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.anju.kernel.api.ProblemException;

/**
 * One alert (预警), the aggregate root. Invariants: at most one unresolved alert per subject and type (a partial unique
 * index in the schema backs what {@code AlertService} checks); the status moves only as {@link AlertStatus} allows
 * (anything else is a 409 naming the allowed steps); a dismissal has a reason, a dispatch an assignee and a due date, a
 * resolution a finding; RESOLVED and DISMISSED are final. Severity only rises (new evidence may raise it). The
 * escalation level rises one step per missed deadline up to the operator's last level; past the deadline there the
 * alert is marked for the authority.
 *
 * <p>Not an Envers entity: its history is an append-only event log (who did what, when, with which note), because
 * that log is the case file a home visit adds to and the trend the dashboard counts, not a diff of columns.
 */
public class Alert {

    public enum Finding {
        /** 核查正常: the household lives there as registered. */
        NORMAL,
        /** 情况属实: the suspicion was right (a violation case may follow). */
        CONFIRMED,
        /** 其他: see the notes. */
        OTHER,
        /** 系统关闭: the condition ended by itself (lease renewed, lock back online, arrears paid). */
        AUTO
    }

    long id;
    AlertType type;
    Severity severity;
    AlertStatus status;
    SubjectKind subjectKind;
    String subjectId;
    Long projectId;
    Long unitId;
    Long householdId;
    Long leaseId;
    int ruleVersion;
    String messageKey;
    List<Object> params;
    String episode;
    Instant openedAt;
    Instant deadline;
    int escalationLevel;
    boolean authority;
    Long assigneeUserId;
    LocalDate dueDate;
    Finding finding;
    String notes;
    List<String> evidenceRefs;
    String dismissReason;
    Instant closedAt;

    /** For the store: rebuilds an alert from its row. */
    public static Alert restore(long id, AlertType type, Severity severity, AlertStatus status, SubjectKind subjectKind,
                                String subjectId, Long projectId, Long unitId, Long householdId, Long leaseId,
                                int ruleVersion, String messageKey, List<Object> params, String episode,
                                Instant openedAt, Instant deadline, int escalationLevel, boolean authority,
                                Long assigneeUserId, LocalDate dueDate, Finding finding, String notes,
                                List<String> evidenceRefs, String dismissReason, Instant closedAt) {
        Alert a = new Alert();
        a.id = id;
        a.type = type;
        a.severity = severity;
        a.status = status;
        a.subjectKind = subjectKind;
        a.subjectId = subjectId;
        a.projectId = projectId;
        a.unitId = unitId;
        a.householdId = householdId;
        a.leaseId = leaseId;
        a.ruleVersion = ruleVersion;
        a.messageKey = messageKey;
        a.params = params;
        a.episode = episode;
        a.openedAt = openedAt;
        a.deadline = deadline;
        a.escalationLevel = escalationLevel;
        a.authority = authority;
        a.assigneeUserId = assigneeUserId;
        a.dueDate = dueDate;
        a.finding = finding;
        a.notes = notes;
        a.evidenceRefs = evidenceRefs;
        a.dismissReason = dismissReason;
        a.closedAt = closedAt;
        return a;
    }

    /** A new alert from a rule's finding; its first deadline follows the operator's schedule for its severity. */
    public static Alert open(long id, org.anju.alerts.domain.Finding f, Instant now, AlertSettings settings) {
        Alert a = restore(id, f.type(), f.severity(), AlertStatus.OPEN, f.subjectKind(), f.subjectId(), f.projectId(),
                f.unitId(), f.householdId(), f.leaseId(), f.ruleVersion(), f.messageKey(), f.params(), f.episode(), now,
                null, 0, false, null, null, null, null, List.of(), null, null);
        a.deadline = now.plus(java.time.Duration.ofHours(settings.escalationHours(a.type, a.severity)));
        return a;
    }

    private void move(AlertStatus next) {
        if (!status.canMoveTo(next)) {
            throw ProblemException.conflict("alert-transition", id, status.name(), next.name())
                    .with("status", status.name()).with("allowed", status.allowedNext().stream().map(Enum::name).toList());
        }
        status = next;
    }

    public void acknowledge() {
        move(AlertStatus.ACKNOWLEDGED);
    }

    public void dispatch(long assignee, LocalDate due) {
        move(AlertStatus.DISPATCHED);
        assigneeUserId = assignee;
        dueDate = due;
    }

    public void resolve(Finding f, String notes, List<String> refs, Instant now) {
        if (f == Finding.AUTO && status.open()) {
            // the system closes an alert whose condition ended, whatever step people had reached
            status = AlertStatus.RESOLVED;
        } else {
            move(AlertStatus.RESOLVED);
        }
        finding = f;
        this.notes = notes;
        evidenceRefs = refs == null ? List.of() : List.copyOf(refs);
        closedAt = now;
    }

    public void dismiss(String reason, Instant now) {
        move(AlertStatus.DISMISSED);
        dismissReason = reason;
        closedAt = now;
    }

    /** New evidence: the explanation follows the latest finding and the severity only rises. True if it rose. */
    public boolean absorb(org.anju.alerts.domain.Finding f) {
        messageKey = f.messageKey();
        params = f.params();
        ruleVersion = f.ruleVersion();
        Severity before = severity;
        severity = severity.max(f.severity());
        return severity != before;
    }

    /** What a missed deadline does now: nothing, one more level, or the authority. */
    public enum Escalation { NONE, LEVEL, AUTHORITY }

    /**
     * Escalates if the deadline passed: one level up with a new deadline a schedule step later, or, at the last level,
     * marked for the authority (once).
     */
    public Escalation escalate(Instant now, AlertSettings settings) {
        if (!status.open() || deadline == null || now.isBefore(deadline) || authority) {
            return Escalation.NONE;
        }
        if (escalationLevel < settings.escalationLevels()) {
            escalationLevel++;
            Instant from = deadline.isAfter(now) ? deadline : now;
            deadline = from.plus(java.time.Duration.ofHours(settings.escalationHours(type, severity)));
            return Escalation.LEVEL;
        }
        authority = true;
        return Escalation.AUTHORITY;
    }

    public long id() { return id; }
    public AlertType type() { return type; }
    public Severity severity() { return severity; }
    public AlertStatus status() { return status; }
    public SubjectKind subjectKind() { return subjectKind; }
    public String subjectId() { return subjectId; }
    public Long projectId() { return projectId; }
    public Long unitId() { return unitId; }
    public Long householdId() { return householdId; }
    public Long leaseId() { return leaseId; }
    public int ruleVersion() { return ruleVersion; }
    public String ruleCode() { return type.name(); }
    public String messageKey() { return messageKey; }
    public List<Object> params() { return params; }
    public String episode() { return episode; }
    public Instant openedAt() { return openedAt; }
    public Instant deadline() { return deadline; }
    public int escalationLevel() { return escalationLevel; }
    public boolean authority() { return authority; }
    public Long assigneeUserId() { return assigneeUserId; }
    public LocalDate dueDate() { return dueDate; }
    public Finding finding() { return finding; }
    public String notes() { return notes; }
    public List<String> evidenceRefs() { return evidenceRefs; }
    public String dismissReason() { return dismissReason; }
    public Instant closedAt() { return closedAt; }
}
