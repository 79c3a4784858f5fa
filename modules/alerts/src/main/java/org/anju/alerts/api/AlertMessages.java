package org.anju.alerts.api;

/**
 * The messages alerts publish (P3) on the multicast address {@value #ADDRESS}, through the outbox in the transaction of
 * the change. The tenant travels as a message property; the body is JSON with ids that mean something only inside that
 * tenant: {@code alertId, type, severity, status, subjectKind, subjectId, projectId, unitId, ruleCode, ruleVersion,
 * title, explanation} (zh-CN), {@code escalationLevel, authority, deadline, at}, and per type: {@code evidenceId}
 * (evidence added), {@code assigneeUserId, dueDate} (dispatched), {@code finding} (resolved), {@code reason}
 * (dismissed). The message key (the handlers' message id) is unique per change, e.g. {@code alert-42-opened}.
 */
public final class AlertMessages {

    public static final String ADDRESS = "anju.alerts";
    /** The queue of in-app notices to staff (routing by type, project and role). */
    public static final String NOTIFY_QUEUE = "anju.alerts.notify";

    public static final String OPENED = "AlertOpened";
    public static final String EVIDENCE_ADDED = "AlertEvidenceAdded";
    public static final String DISPATCHED = "AlertDispatched";
    public static final String ESCALATED = "AlertEscalated";
    public static final String RESOLVED = "AlertResolved";
    public static final String DISMISSED = "AlertDismissed";

    private AlertMessages() {
    }
}
