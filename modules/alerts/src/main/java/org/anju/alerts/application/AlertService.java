package org.anju.alerts.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.alerts.api.AlertMessages;
import org.anju.alerts.domain.Alert;
import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.AlertStatus;
import org.anju.alerts.domain.AlertType;
import org.anju.alerts.domain.Finding;
import org.anju.alerts.domain.SubjectKind;
import org.anju.alerts.infrastructure.AlertStore;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.ProblemException;
import org.anju.messaging.api.OutboundMessage;
import org.anju.messaging.api.Outbox;
import org.anju.tenancy.api.TenantContext;

/**
 * Raising and handling alerts, one transaction each (joined when the caller has one: a pass raises many findings in
 * its own). Every change others must hear of is enqueued in the outbox in the same transaction: nothing is published
 * for a change that rolled back, nothing is lost when the server stops after commit.
 */
@ApplicationScoped
@Transactional
public class AlertService {

    /** What raising a finding did. */
    public enum Outcome { OPENED, EVIDENCE, UNCHANGED, SUPPRESSED }

    @Inject
    AlertStore store;

    @Inject
    Outbox outbox;

    /**
     * One open alert per subject and type: a finding opens one, or adds its evidence to the open one (raising the
     * severity if the finding is stronger); a finding for a situation already closed by people is suppressed.
     */
    public Outcome raise(Finding f, AlertSettings settings) {
        Instant now = Instant.now();
        Optional<AlertStore.Row> open = store.openFor(f.subjectKind(), f.subjectId(), f.type());
        if (open.isEmpty()) {
            if (store.closedEpisode(f.subjectKind(), f.subjectId(), f.type(), f.episode())) {
                return Outcome.SUPPRESSED;
            }
            Alert a = Alert.open(store.nextId(), f, now, settings);
            if (store.insert(a, now)) {
                store.addEvidence(a.id(), f, now);
                store.addEvent(a.id(), now, "OPENED", actor(), null, AlertStatus.OPEN, explain(a.messageKey(), a.params()));
                publish(a, AlertMessages.OPENED, "opened", Map.of());
                return Outcome.OPENED;
            }
            open = store.openFor(f.subjectKind(), f.subjectId(), f.type()); // opened meanwhile by another transaction
            if (open.isEmpty()) {
                return Outcome.UNCHANGED;
            }
        }
        Alert a = open.get().alert();
        Optional<Long> evidence = store.addEvidence(a.id(), f, now);
        if (evidence.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        boolean rose = a.absorb(f);
        store.update(a, now);
        store.addEvent(a.id(), now, "EVIDENCE", actor(), a.status(), a.status(),
                (rose ? "[" + a.severity() + "] " : "") + explain(f.messageKey(), f.params()));
        publish(a, AlertMessages.EVIDENCE_ADDED, "evidence-" + evidence.get(), Map.of("evidenceId", evidence.get()));
        return Outcome.EVIDENCE;
    }

    /**
     * Adds a piece of evidence that does not change what the alert says (a door opened on a unit watched as silent):
     * the people handling it see it in the evidence and history.
     */
    public boolean note(long alertId, Finding f) {
        Instant now = Instant.now();
        Optional<Long> evidence = store.addEvidence(alertId, f, now);
        if (evidence.isEmpty()) {
            return false;
        }
        Alert a = store.find(alertId, false).orElseThrow().alert();
        store.addEvent(alertId, now, "EVIDENCE", actor(), a.status(), a.status(), explain(f.messageKey(), f.params()));
        publish(a, AlertMessages.EVIDENCE_ADDED, "evidence-" + evidence.get(), Map.of("evidenceId", evidence.get()));
        return true;
    }

    /** Closes the open alert of a subject and type whose condition ended by itself (renewed, back online, paid). */
    public boolean autoResolve(SubjectKind kind, String subjectId, AlertType type, String why) {
        Optional<AlertStore.Row> open = store.openFor(kind, subjectId, type);
        if (open.isEmpty()) {
            return false;
        }
        Alert a = open.get().alert();
        AlertStatus from = a.status();
        Instant now = Instant.now();
        a.resolve(Alert.Finding.AUTO, why, List.of(), now);
        store.update(a, now);
        store.addEvent(a.id(), now, "RESOLVED", actor(), from, a.status(), why);
        publish(a, AlertMessages.RESOLVED, "resolved", Map.of("finding", Alert.Finding.AUTO.name()));
        return true;
    }

    public Alert acknowledge(long id, String note) {
        Alert a = load(id);
        AlertStatus from = a.status();
        a.acknowledge();
        return saved(a, from, "ACKNOWLEDGED", note, null, null, Map.of());
    }

    public Alert dispatch(long id, long assignee, LocalDate due, String note) {
        Alert a = load(id);
        AlertStatus from = a.status();
        a.dispatch(assignee, due);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("assigneeUserId", assignee);
        extra.put("dueDate", due.toString());
        return saved(a, from, "DISPATCHED", note, AlertMessages.DISPATCHED, "dispatched", extra);
    }

    public Alert resolve(long id, Alert.Finding finding, String notes, List<String> refs) {
        if (finding == Alert.Finding.AUTO) {
            throw ProblemException.invalid("finding", "alerts.validation.finding");
        }
        Alert a = load(id);
        AlertStatus from = a.status();
        a.resolve(finding, notes, refs, Instant.now());
        return saved(a, from, "RESOLVED", "[" + finding + "] " + (notes == null ? "" : notes), AlertMessages.RESOLVED,
                "resolved", Map.of("finding", finding.name()));
    }

    public Alert dismiss(long id, String reason) {
        Alert a = load(id);
        AlertStatus from = a.status();
        a.dismiss(reason, Instant.now());
        return saved(a, from, "DISMISSED", reason, AlertMessages.DISMISSED, "dismissed", Map.of("reason", reason));
    }

    /** Escalates the alert if its deadline passed (one row, locked); what it did. */
    public Alert.Escalation escalate(long id, AlertSettings settings) {
        Alert a = store.find(id, true).orElseThrow().alert();
        Instant now = Instant.now();
        Alert.Escalation e = a.escalate(now, settings);
        if (e == Alert.Escalation.NONE) {
            return e;
        }
        store.update(a, now);
        String note = e == Alert.Escalation.AUTHORITY ? Messages.get(Messages.ZH_CN, "alerts.escalation.authority")
                : Messages.get(Messages.ZH_CN, "alerts.escalation.level", a.escalationLevel());
        store.addEvent(a.id(), now, e == Alert.Escalation.AUTHORITY ? "AUTHORITY" : "ESCALATED", "system",
                a.status(), a.status(), note);
        publish(a, AlertMessages.ESCALATED, e == Alert.Escalation.AUTHORITY ? "authority"
                : "escalated-" + a.escalationLevel(), Map.of());
        return e;
    }

    private Alert load(long id) {
        return store.find(id, true).orElseThrow(() -> ProblemException.notFound("alert-not-found", id)).alert();
    }

    private Alert saved(Alert a, AlertStatus from, String action, String note, String messageType, String keySuffix,
                        Map<String, Object> extra) {
        Instant now = Instant.now();
        store.update(a, now);
        store.addEvent(a.id(), now, action, actor(), from, a.status(), note);
        if (messageType != null) {
            publish(a, messageType, keySuffix, extra);
        }
        return a;
    }

    private static String actor() {
        String actor = TenantContext.actor();
        return actor == null ? "system" : actor;
    }

    /** The explanation in the default language (zh-CN) for logs and message bodies; the API renders per request. */
    static String explain(String key, List<Object> params) {
        return Messages.get(Messages.ZH_CN, key, params.toArray());
    }

    /** The message of one change: tenant-independent ids, the zh-CN title and explanation, and what changed. */
    private void publish(Alert a, String type, String keySuffix, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", a.id());
        body.put("type", a.type().name());
        body.put("severity", a.severity().name());
        body.put("status", a.status().name());
        body.put("subjectKind", a.subjectKind().name());
        body.put("subjectId", a.subjectId());
        body.put("projectId", a.projectId());
        body.put("unitId", a.unitId());
        body.put("ruleCode", a.ruleCode());
        body.put("ruleVersion", a.ruleVersion());
        body.put("title", Messages.get(Messages.ZH_CN, a.type().nameKey()));
        body.put("explanation", explain(a.messageKey(), a.params()));
        body.put("escalationLevel", a.escalationLevel());
        body.put("authority", a.authority());
        body.put("deadline", a.deadline() == null ? null : a.deadline().toString());
        body.put("at", Instant.now().toString());
        body.putAll(extra);
        outbox.enqueue(new OutboundMessage(AlertMessages.ADDRESS, type, "alert-" + a.id() + "-" + keySuffix,
                AlertStore.json(body)));
    }
}
