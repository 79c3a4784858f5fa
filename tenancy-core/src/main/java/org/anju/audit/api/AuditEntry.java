package org.anju.audit.api;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an entity, as a timeline shows it: when, who, why, what kind of change, and which fields went from
 * what to what.
 */
public record AuditEntry(long revision, Instant at, String actor, String reason, Change change, List<FieldChange> fields) {

    /** Kind of revision. */
    public enum Change { CREATED, UPDATED, DELETED }

    /** One field's old and new value (rendered as text). */
    public record FieldChange(String field, String from, String to) {
    }
}
