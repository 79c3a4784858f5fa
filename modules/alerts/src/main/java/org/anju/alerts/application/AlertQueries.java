package org.anju.alerts.application;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import org.anju.alerts.domain.Alert;
import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.domain.RuleTime;
import org.anju.alerts.infrastructure.AlertStore;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.RequestLocale;
import org.anju.tenancy.api.TenantContext;

/** Reading alerts for people: explanations rendered in the caller's language; the dashboard's risk indicators. */
@ApplicationScoped
@Transactional
public class AlertQueries {

    @Inject
    AlertStore store;

    public record AlertView(long id, String type, String typeName, String severity, String status, String subjectKind,
                            String subjectId, Long projectId, Long unitId, Long householdId, Long leaseId,
                            String ruleCode, int ruleVersion, String explanation, String messageKey, List<Object> params,
                            Instant openedAt, Instant deadline, int escalationLevel, boolean authority,
                            Long assigneeUserId, LocalDate dueDate, String finding, String notes,
                            List<String> evidenceRefs, String dismissReason, Instant closedAt, int evidenceCount,
                            Instant lastEvidenceAt) {
    }

    public record EvidenceView(long id, Instant at, String severity, int ruleVersion, String explanation,
                               JsonObject data) {
    }

    public record EventView(Instant at, String action, String actor, String fromStatus, String toStatus, String note) {
    }

    public record AlertDetail(AlertView alert, List<EvidenceView> evidence, List<EventView> history) {
    }

    public record Count(String key, long open) {
    }

    public record DayTrend(LocalDate day, long opened, long resolved, long dismissed) {
    }

    public record Indicators(long open, List<Count> byType, List<Count> bySeverity, List<Count> byProject,
                             List<DayTrend> trend, long escalatedToAuthority) {
    }

    public Page<AlertView> list(org.anju.alerts.domain.AlertFilter filter, PageRequest page) {
        Locale locale = RequestLocale.current();
        return store.list(filter, page).map(r -> view(r, locale));
    }

    public AlertDetail detail(long id) {
        Locale locale = RequestLocale.current();
        AlertStore.Row row = store.find(id, false).orElseThrow(() -> ProblemException.notFound("alert-not-found", id));
        List<EvidenceView> evidence = store.evidence(id).stream().map(e -> new EvidenceView(e.id(), e.at(),
                e.severity().name(), e.ruleVersion(), Messages.get(locale, e.messageKey(), e.params().toArray()),
                Json.createReader(new StringReader(e.data())).readObject())).toList();
        List<EventView> history = store.events(id).stream().map(e -> new EventView(e.at(), e.action(), e.actor(),
                e.fromStatus(), e.toStatus(), e.note())).toList();
        return new AlertDetail(view(row, locale), evidence, history);
    }

    public AlertView view(long id) {
        return view(store.find(id, false).orElseThrow(() -> ProblemException.notFound("alert-not-found", id)),
                RequestLocale.current());
    }

    static AlertView view(AlertStore.Row r, Locale locale) {
        Alert a = r.alert();
        return new AlertView(a.id(), a.type().name(), Messages.get(locale, a.type().nameKey()), a.severity().name(),
                a.status().name(), a.subjectKind().name(), a.subjectId(), a.projectId(), a.unitId(), a.householdId(),
                a.leaseId(), a.ruleCode(), a.ruleVersion(), Messages.get(locale, a.messageKey(), a.params().toArray()),
                a.messageKey(), a.params(), a.openedAt(), a.deadline(), a.escalationLevel(), a.authority(),
                a.assigneeUserId(), a.dueDate(), a.finding() == null ? null : a.finding().name(), a.notes(),
                a.evidenceRefs(), a.dismissReason(), a.closedAt(), r.evidenceCount(), r.lastEvidenceAt());
    }

    /** Open alerts by type, severity and project; opened/resolved/dismissed per day over the last {@code days}. */
    public Indicators indicators(int days) {
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byProject = new TreeMap<>();
        long open = 0;
        for (Object[] c : store.openCounts()) {
            long n = (Long) c[3];
            open += n;
            byType.merge((String) c[0], n, Long::sum);
            bySeverity.merge((String) c[1], n, Long::sum);
            byProject.merge(c[2] == null ? "-" : String.valueOf(c[2]), n, Long::sum);
        }
        LocalDate today = RuleTime.day(Instant.now());
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.put(d, new long[3]);
        }
        for (Object[] t : store.trend(first.atStartOfDay(RuleTime.ZONE).toInstant())) {
            long[] slot = perDay.get((LocalDate) t[0]);
            if (slot != null) {
                int i = switch ((String) t[1]) {
                    case "OPENED" -> 0;
                    case "RESOLVED" -> 1;
                    default -> 2;
                };
                slot[i] += (Long) t[2];
            }
        }
        List<DayTrend> trend = new ArrayList<>();
        perDay.forEach((d, v) -> trend.add(new DayTrend(d, v[0], v[1], v[2])));
        long authority = store.authorityCount();
        return new Indicators(open, counts(byType), counts(bySeverity), counts(byProject), trend, authority);
    }

    private static List<Count> counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    public AlertSettings settings() {
        return store.settings();
    }

    public AlertSettings saveSettings(AlertSettings input) {
        AlertSettings s = input.withDefaults();
        s.validate();
        store.saveSettings(s, TenantContext.actor() == null ? "system" : TenantContext.actor(), Instant.now());
        return s;
    }
}
