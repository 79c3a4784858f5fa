package org.anju.kernel.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Idempotency records in the current tenant's schema ({@code idempotency_record}), each call in a transaction of
 * its own so that a reservation is visible to a concurrent retry at once.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A reservation older than this is taken to belong to a request that died with its server. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    public enum Outcome { RESERVED, REPLAY, IN_PROGRESS, MISMATCH }

    public record Stored(int status, String body, String location) {
    }

    public record Decision(Outcome outcome, Stored stored) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision reserve(String scope, String key, String requestHash) {
        int inserted = em.createNativeQuery("""
                INSERT INTO idempotency_record (scope, idem_key, request_hash, state, created_at)
                VALUES (?1, ?2, ?3, 'IN_PROGRESS', now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return new Decision(Outcome.RESERVED, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, state, response_status, response_body, response_location, created_at
                FROM idempotency_record WHERE scope = ?1 AND idem_key = ?2 FOR UPDATE""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return reserve(scope, key, requestHash); // released between our insert and select: try again
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new Decision(Outcome.MISMATCH, null);
        }
        if ("DONE".equals(row[1])) {
            return new Decision(Outcome.REPLAY,
                    new Stored(((Number) row[2]).intValue(), (String) row[3], (String) row[4]));
        }
        Instant created = toInstant(row[5]);
        if (created != null && created.isBefore(Instant.now().minus(ABANDONED_AFTER))) {
            em.createNativeQuery("UPDATE idempotency_record SET created_at = now() WHERE scope = ?1 AND idem_key = ?2")
                    .setParameter(1, scope).setParameter(2, key).executeUpdate();
            return new Decision(Outcome.RESERVED, null);
        }
        return new Decision(Outcome.IN_PROGRESS, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String scope, String key, int status, String body, String location) {
        em.createNativeQuery("""
                UPDATE idempotency_record SET state = 'DONE', response_status = ?3, response_body = ?4,
                       response_location = ?5 WHERE scope = ?1 AND idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status)
                .setParameter(4, body).setParameter(5, location).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE scope = ?1 AND idem_key = ?2 AND state = 'IN_PROGRESS'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }


    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
