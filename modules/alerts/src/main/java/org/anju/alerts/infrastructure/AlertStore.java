package org.anju.alerts.infrastructure;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.alerts.domain.Alert;
import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.AlertStatus;
import org.anju.alerts.domain.AlertType;
import org.anju.alerts.domain.Finding;
import org.anju.alerts.domain.Severity;
import org.anju.alerts.domain.SubjectKind;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.hibernate.Session;

/**
 * Alerts, evidence, events and settings in the current organization's schema, by plain SQL on the transaction's
 * connection (the aggregate is small and its history append-only: no ORM state to manage). Call inside a transaction.
 */
@ApplicationScoped
public class AlertStore {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String COLUMNS = "id, type, severity, status, subject_kind, subject_id, project_id, unit_id,"
            + " household_id, lease_id, rule_version, message_key, message_params, episode, opened_at, deadline,"
            + " escalation_level, authority, assignee_user_id, due_date, finding, notes, evidence_refs, dismiss_reason,"
            + " closed_at, evidence_count, last_evidence_at";

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @FunctionalInterface
    interface SqlWork<T> {
        T run(java.sql.Connection c) throws SQLException;
    }

    private <T> T sql(SqlWork<T> w) {
        return em.unwrap(Session.class).doReturningWork(w::run);
    }

    public static String json(Object o) {
        return JSON.toJson(o);
    }

    /** A stored alert with the counts the list shows. */
    public record Row(Alert alert, int evidenceCount, Instant lastEvidenceAt) {
    }

    public record EvidenceRow(long id, Instant at, int ruleVersion, Severity severity, String messageKey,
                              List<Object> params, String data) {
    }

    public record EventRow(long id, Instant at, String action, String actor, String fromStatus, String toStatus,
                           String note) {
    }

    // ------------------------------------------------------------------ reads

    public Optional<Row> find(long id, boolean forUpdate) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert WHERE id = ?"
                    + (forUpdate ? " FOR UPDATE" : ""))) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The unresolved alert of a subject and type, locked (the caller adds evidence or closes it). */
    public Optional<Row> openFor(SubjectKind kind, String subjectId, AlertType type) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert WHERE subject_kind = ?"
                    + " AND subject_id = ? AND type = ? AND status IN ('OPEN','ACKNOWLEDGED','DISPATCHED') FOR UPDATE")) {
                ps.setString(1, kind.name());
                ps.setString(2, subjectId);
                ps.setString(3, type.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Whether an alert of this subject, type and episode was already closed (the same situation is not reopened). */
    public boolean closedEpisode(SubjectKind kind, String subjectId, AlertType type, String episode) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM alert WHERE subject_kind = ? AND subject_id = ?"
                    + " AND type = ? AND episode = ? AND status IN ('RESOLVED','DISMISSED') LIMIT 1")) {
                ps.setString(1, kind.name());
                ps.setString(2, subjectId);
                ps.setString(3, type.name());
                ps.setString(4, episode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Unresolved alerts of the given types on units (door openings add evidence to them). */
    public List<Row> openOnUnits(Collection<Long> unitIds, Collection<AlertType> types) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert WHERE unit_id = ANY (?)"
                    + " AND type = ANY (?) AND status IN ('OPEN','ACKNOWLEDGED','DISPATCHED')")) {
                ps.setArray(1, c.createArrayOf("bigint", unitIds.toArray(Long[]::new)));
                ps.setArray(2, c.createArrayOf("varchar", types.stream().map(Enum::name).toArray(String[]::new)));
                return rows(ps);
            }
        });
    }

    /** Unresolved alerts whose deadline passed (the escalation pass). */
    public List<Row> overdue(Instant now) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert WHERE deadline <= ?"
                    + " AND status IN ('OPEN','ACKNOWLEDGED','DISPATCHED') AND NOT authority ORDER BY deadline LIMIT 5000")) {
                ps.setTimestamp(1, Timestamp.from(now));
                return rows(ps);
            }
        });
    }

    public Page<Row> list(org.anju.alerts.domain.AlertFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.type() != null) {
            where.append(" AND type = ?");
            args.add(f.type().name());
        }
        if (f.severity() != null) {
            where.append(" AND severity = ?");
            args.add(f.severity().name());
        }
        if (f.status() != null) {
            where.append(" AND status = ?");
            args.add(f.status().name());
        }
        if (f.projectId() != null) {
            where.append(" AND project_id = ?");
            args.add(f.projectId());
        }
        if (f.subjectKind() != null) {
            where.append(" AND subject_kind = ?");
            args.add(f.subjectKind().name());
        }
        if (f.subjectId() != null) {
            where.append(" AND subject_id = ?");
            args.add(f.subjectId());
        }
        return sql(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM alert" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert" + where
                    + " ORDER BY opened_at DESC, id DESC LIMIT ? OFFSET ?")) {
                bind(ps, args);
                ps.setInt(args.size() + 1, page.size());
                ps.setInt(args.size() + 2, page.offset());
                return new Page<>(rows(ps), total, page.page(), page.size());
            }
        });
    }

    public List<EvidenceRow> evidence(long alertId) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, rule_version, severity, message_key,"
                    + " message_params, data FROM alert_evidence WHERE alert_id = ? ORDER BY at, id")) {
                ps.setLong(1, alertId);
                List<EvidenceRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EvidenceRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                                Severity.valueOf(rs.getString(4)), rs.getString(5), params(rs.getString(6)), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    public List<EventRow> events(long alertId) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, action, actor, from_status, to_status, note"
                    + " FROM alert_event WHERE alert_id = ? ORDER BY at, id")) {
                ps.setLong(1, alertId);
                List<EventRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EventRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /** Open alerts counted by type, severity and project (the dashboard's risk indicators). */
    public List<Object[]> openCounts() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT type, severity, project_id, count(*) FROM alert"
                    + " WHERE status IN ('OPEN','ACKNOWLEDGED','DISPATCHED') GROUP BY type, severity, project_id")) {
                List<Object[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long p = rs.getLong(3);
                        out.add(new Object[] {rs.getString(1), rs.getString(2), rs.wasNull() ? null : p, rs.getLong(4)});
                    }
                }
                return out;
            }
        });
    }

    /** Alerts opened and closed per day (Asia/Shanghai) since {@code from}, from the event log. */
    public List<Object[]> trend(Instant from) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (at AT TIME ZONE 'Asia/Shanghai')::date, action, count(*)"
                    + " FROM alert_event WHERE at >= ? AND action IN ('OPENED','RESOLVED','DISMISSED') GROUP BY 1, 2")) {
                ps.setTimestamp(1, Timestamp.from(from));
                List<Object[]> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Object[] {rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)});
                    }
                }
                return out;
            }
        });
    }

    /** Unresolved alerts marked for the authority. */
    public long authorityCount() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM alert WHERE authority AND status IN ('OPEN','ACKNOWLEDGED','DISPATCHED')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public boolean anyOpen() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM alert WHERE status IN ('OPEN','ACKNOWLEDGED','DISPATCHED') LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    // ------------------------------------------------------------------ writes

    public long nextId() {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval('alert_seq')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Inserts a new alert; false when another transaction opened one for the same subject and type first (the partial
     * unique index said so; nothing was written and the transaction goes on).
     */
    public boolean insert(Alert a, Instant now) {
        return sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (id, type, severity, status, subject_kind,"
                    + " subject_id, project_id, unit_id, household_id, lease_id, rule_code, rule_version, message_key,"
                    + " message_params, episode, opened_at, last_evidence_at, evidence_count, deadline, escalation_level,"
                    + " authority, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,0,false,?)"
                    + " ON CONFLICT (subject_kind, subject_id, type) WHERE status IN ('OPEN','ACKNOWLEDGED','DISPATCHED')"
                    + " DO NOTHING")) {
                ps.setLong(1, a.id());
                ps.setString(2, a.type().name());
                ps.setString(3, a.severity().name());
                ps.setString(4, a.status().name());
                ps.setString(5, a.subjectKind().name());
                ps.setString(6, a.subjectId());
                setLong(ps, 7, a.projectId());
                setLong(ps, 8, a.unitId());
                setLong(ps, 9, a.householdId());
                setLong(ps, 10, a.leaseId());
                ps.setString(11, a.ruleCode());
                ps.setInt(12, a.ruleVersion());
                ps.setString(13, a.messageKey());
                ps.setString(14, json(a.params()));
                ps.setString(15, a.episode());
                ps.setTimestamp(16, Timestamp.from(a.openedAt()));
                ps.setTimestamp(17, Timestamp.from(now));
                ps.setTimestamp(18, a.deadline() == null ? null : Timestamp.from(a.deadline()));
                ps.setTimestamp(19, Timestamp.from(now));
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Writes the alert's mutable state back. */
    public void update(Alert a, Instant now) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET severity = ?, status = ?, rule_version = ?,"
                    + " message_key = ?, message_params = ?, deadline = ?, escalation_level = ?, authority = ?,"
                    + " assignee_user_id = ?, due_date = ?, finding = ?, notes = ?, evidence_refs = ?, dismiss_reason = ?,"
                    + " closed_at = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, a.severity().name());
                ps.setString(2, a.status().name());
                ps.setInt(3, a.ruleVersion());
                ps.setString(4, a.messageKey());
                ps.setString(5, json(a.params()));
                ps.setTimestamp(6, a.deadline() == null ? null : Timestamp.from(a.deadline()));
                ps.setInt(7, a.escalationLevel());
                ps.setBoolean(8, a.authority());
                setLong(ps, 9, a.assigneeUserId());
                ps.setDate(10, a.dueDate() == null ? null : Date.valueOf(a.dueDate()));
                ps.setString(11, a.finding() == null ? null : a.finding().name());
                ps.setString(12, a.notes());
                ps.setString(13, a.evidenceRefs() == null ? null : json(a.evidenceRefs()));
                ps.setString(14, a.dismissReason());
                ps.setTimestamp(15, a.closedAt() == null ? null : Timestamp.from(a.closedAt()));
                ps.setTimestamp(16, Timestamp.from(now));
                ps.setLong(17, a.id());
                return ps.executeUpdate();
            }
        });
    }

    /** Appends a piece of evidence; the id, or empty when this evidence key is already on the alert. */
    public Optional<Long> addEvidence(long alertId, Finding f, Instant now) {
        return sql(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval('alert_evidence_seq')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_evidence (id, alert_id, evidence_key, at,"
                    + " rule_version, severity, message_key, message_params, data) VALUES (?,?,?,?,?,?,?,?,?)"
                    + " ON CONFLICT (alert_id, evidence_key) DO NOTHING")) {
                ps.setLong(1, id);
                ps.setLong(2, alertId);
                ps.setString(3, f.evidenceKey());
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setInt(5, f.ruleVersion());
                ps.setString(6, f.severity().name());
                ps.setString(7, f.messageKey());
                ps.setString(8, json(f.params()));
                ps.setString(9, json(f.data()));
                if (ps.executeUpdate() == 0) {
                    return Optional.<Long>empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET evidence_count = evidence_count + 1,"
                    + " last_evidence_at = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setLong(2, alertId);
                ps.executeUpdate();
            }
            return Optional.of(id);
        });
    }

    public long addEvent(long alertId, Instant at, String action, String actor, AlertStatus from, AlertStatus to,
                         String note) {
        return sql(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT nextval('alert_event_seq')"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_event (id, alert_id, at, action, actor,"
                    + " from_status, to_status, note) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, id);
                ps.setLong(2, alertId);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setString(4, action);
                ps.setString(5, actor == null ? "system" : actor);
                ps.setString(6, from == null ? null : from.name());
                ps.setString(7, to == null ? null : to.name());
                ps.setString(8, note);
                ps.executeUpdate();
            }
            return id;
        });
    }

    // ------------------------------------------------------------------ settings

    public AlertSettings settings() {
        String doc = sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document FROM alert_settings WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        return doc == null ? AlertSettings.defaults() : JSON.fromJson(doc, AlertSettings.class).withDefaults();
    }

    public void saveSettings(AlertSettings s, String actor, Instant now) {
        sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_settings (id, document, updated_at, updated_by)"
                    + " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document,"
                    + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")) {
                ps.setString(1, json(s));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, actor);
                return ps.executeUpdate();
            }
        });
    }

    // ------------------------------------------------------------------ mapping

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object> params(String json) {
        return json == null ? List.of() : new ArrayList<>(JSON.fromJson(json, List.class));
    }

    @SuppressWarnings("unchecked")
    static List<String> refs(String json) {
        return json == null ? List.of() : new ArrayList<>(JSON.fromJson(json, List.class));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Date due = rs.getDate("due_date");
        String finding = rs.getString("finding");
        Alert a = Alert.restore(rs.getLong("id"), AlertType.valueOf(rs.getString("type")),
                Severity.valueOf(rs.getString("severity")), AlertStatus.valueOf(rs.getString("status")),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id"),
                longOrNull(rs, "project_id"), longOrNull(rs, "unit_id"), longOrNull(rs, "household_id"),
                longOrNull(rs, "lease_id"), rs.getInt("rule_version"), rs.getString("message_key"),
                params(rs.getString("message_params")), rs.getString("episode"), instant(rs, "opened_at"),
                instant(rs, "deadline"), rs.getInt("escalation_level"), rs.getBoolean("authority"),
                longOrNull(rs, "assignee_user_id"), due == null ? null : due.toLocalDate(),
                finding == null ? null : Alert.Finding.valueOf(finding), rs.getString("notes"),
                refs(rs.getString("evidence_refs")), rs.getString("dismiss_reason"), instant(rs, "closed_at"));
        return new Row(a, rs.getInt("evidence_count"), instant(rs, "last_evidence_at"));
    }
}
