package org.anju.audit.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.audit.infrastructure.AuditRevision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads an entity's Envers history as a timeline (P2): every revision with actor and reason, and the fields that
 * changed, from what to what. The caller says which fields to show with a snapshot function, so that hashes and
 * internal counters never appear. Runs in the current tenant's schema: one tenant never sees another's history.
 * Call inside a transaction.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public <T> List<AuditEntry> history(Class<T> type, Object id, Function<T, Map<String, Object>> snapshot) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T state = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, Object> current = kind == RevisionType.DEL || state == null ? Map.of() : snapshot.apply(state);
            entries.add(new AuditEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getActor(), revision.getReason(), change(kind), diff(previous, current)));
            previous = current;
        }
        Collections.reverse(entries); // newest first, as a timeline reads
        return entries;
    }

    static List<AuditEntry.FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, AuditEntry.FieldChange> changes = new LinkedHashMap<>();
        for (String f : fields) {
            String from = text(before.get(f));
            String to = text(after.get(f));
            if (!Objects.equals(from, to)) {
                changes.put(f, new AuditEntry.FieldChange(f, from, to));
            }
        }
        return List.copyOf(changes.values());
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.isEmpty() ? null : String.join(", ", c.stream().map(String::valueOf).sorted().toList());
        }
        return String.valueOf(v);
    }

    private static AuditEntry.Change change(RevisionType t) {
        return switch (t) {
            case ADD -> AuditEntry.Change.CREATED;
            case MOD -> AuditEntry.Change.UPDATED;
            case DEL -> AuditEntry.Change.DELETED;
        };
    }
}
