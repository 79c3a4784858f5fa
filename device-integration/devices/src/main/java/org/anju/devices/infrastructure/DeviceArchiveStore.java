package org.anju.devices.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * What the status board, the unit page and the two archives read of devices, in bulk SQL: the locks' live state of
 * many units at once (one query per 1,000 units, never one per unit), the devices a unit ever had (the registry's
 * audit rows remember a lock that moved away), and the key log joined to its credentials so that each line can say
 * whose key it was and for which window.
 */
@ApplicationScoped
public class DeviceArchiveStore {

    /** Ids per statement: well under PostgreSQL's bind-parameter limit, so a board of any size stays a few queries. */
    static final int CHUNK = 1000;

    /** One approved lock's live state; {@code undelivered}: a GRANT/REVOKE timed out and its credential still waits. */
    public record LockState(long unitId, String deviceId, boolean online, Instant lastSeenAt, Integer battery,
                            Instant tamperedAt, boolean undelivered) {
    }

    /** A device installed on the unit now or once (then {@code movedAway}). */
    public record UnitDevice(long id, String deviceId, String kind, String vendorCode, String model, String serial,
                             String registration, String registeredBy, Instant createdAt, String decidedBy,
                             Instant decidedAt, boolean online, Instant lastSeenAt, Integer battery, Instant tamperedAt,
                             boolean undelivered, boolean movedAway, int revisions) {
    }

    /** A key-log line with the credential it concerns (null fields when the line has none). */
    public record KeyLine(long id, Instant at, String deviceId, String credentialId, String action, String actor,
                          String detail, String holder, String kind, String credentialType, Instant validFrom,
                          Instant validUntil) {
    }

    /** A door opening. */
    public record AccessLine(Instant occurredAt, String deviceId, String method, String credentialKind, String holder,
                             Long householdId) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    private static final String UNDELIVERED = "EXISTS (SELECT 1 FROM lock_command c JOIN lock_credential k "
            + "ON k.credential_id = c.credential_id WHERE c.device_id = d.device_id AND c.status = 'TIMED_OUT' "
            + "AND k.status IN ('GRANTING','REVOKING'))";

    /** The approved smart locks of the units, with their state. */
    public List<LockState> lockStates(Collection<Long> unitIds) {
        List<LockState> out = new ArrayList<>();
        List<Long> ids = List.copyOf(unitIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            for (Object[] r : rows(em.createNativeQuery("SELECT d.unit_id, d.device_id, d.online, d.last_seen_at, d.battery, "
                            + "d.tampered_at, " + UNDELIVERED + " FROM device d WHERE d.unit_id IN (:units) "
                            + "AND d.kind = 'SMART_LOCK' AND d.registration = 'APPROVED' ORDER BY d.unit_id, d.id")
                    .setParameter("units", chunk))) {
                out.add(new LockState(KeysStore.l(r[0]), (String) r[1], Boolean.TRUE.equals(r[2]), KeysStore.inst(r[3]),
                        r[4] == null ? null : ((Number) r[4]).intValue(), KeysStore.inst(r[5]), Boolean.TRUE.equals(r[6])));
            }
        }
        return out;
    }

    /**
     * Every device on the unit now and every device that once was (an audit row of the registry put it there), with
     * the number of registry revisions each has; newest registration first.
     */
    public List<UnitDevice> devicesOfUnit(long unitId) {
        List<UnitDevice> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT d.id, d.device_id, d.kind, d.vendor_code, d.model, d.serial, "
                        + "d.registration, d.registered_by, d.created_at, d.decided_by, d.decided_at, d.online, d.last_seen_at, "
                        + "d.battery, d.tampered_at, " + UNDELIVERED + ", (d.unit_id IS DISTINCT FROM ?1), "
                        + "(SELECT count(*) FROM device_aud a WHERE a.id = d.id) FROM device d "
                        + "WHERE d.unit_id = ?1 OR d.id IN (SELECT a.id FROM device_aud a WHERE a.unit_id = ?1) "
                        + "ORDER BY d.created_at DESC, d.id DESC").setParameter(1, unitId))) {
            out.add(new UnitDevice(KeysStore.l(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], KeysStore.inst(r[8]), (String) r[9], KeysStore.inst(r[10]),
                    Boolean.TRUE.equals(r[11]), KeysStore.inst(r[12]), r[13] == null ? null : ((Number) r[13]).intValue(),
                    KeysStore.inst(r[14]), Boolean.TRUE.equals(r[15]), Boolean.TRUE.equals(r[16]), ((Number) r[17]).intValue()));
        }
        return out;
    }

    private static final String KEY_LINE = "SELECT g.id, g.at, g.device_id, g.credential_id, g.action, g.actor, g.detail, "
            + "k.holder, k.kind, k.credential_type, k.valid_from, k.valid_until FROM key_log g "
            + "LEFT JOIN lock_credential k ON k.credential_id = g.credential_id ";

    /** The unit's key log, newest first, at most {@code limit} lines. */
    public List<KeyLine> keyLogOfUnit(long unitId, int limit) {
        return keyLines(em.createNativeQuery(KEY_LINE + "WHERE g.unit_id = ?1 ORDER BY g.at DESC, g.id DESC LIMIT ?2")
                .setParameter(1, unitId).setParameter(2, limit));
    }

    /**
     * The household's key log: lines written for it and lines about its credentials (a lock's confirmation, a timeout),
     * newest first, at most {@code limit}.
     */
    public List<KeyLine> keyLogOfHousehold(long householdId, int limit) {
        return keyLines(em.createNativeQuery(KEY_LINE + "WHERE g.household_id = ?1 OR g.credential_id IN "
                        + "(SELECT credential_id FROM lock_credential WHERE household_id = ?1) ORDER BY g.at DESC, g.id DESC LIMIT ?2")
                .setParameter(1, householdId).setParameter(2, limit));
    }

    public long keyLogCountOfUnit(long unitId) {
        return count(em.createNativeQuery("SELECT count(*) FROM key_log WHERE unit_id = ?1").setParameter(1, unitId));
    }

    public long keyLogCountOfHousehold(long householdId) {
        return count(em.createNativeQuery("SELECT count(*) FROM key_log g WHERE g.household_id = ?1 OR g.credential_id IN "
                + "(SELECT credential_id FROM lock_credential WHERE household_id = ?1)").setParameter(1, householdId));
    }

    /** Door openings of a unit or of a household, newest first, at most {@code limit}. */
    public List<AccessLine> access(Long unitId, Long householdId, int limit) {
        String where = unitId != null ? "unit_id = ?1" : "household_id = ?1";
        List<AccessLine> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT occurred_at, device_id, method, credential_kind, holder, household_id "
                        + "FROM access_record WHERE " + where + " ORDER BY occurred_at DESC, id DESC LIMIT ?2")
                .setParameter(1, unitId != null ? unitId : householdId).setParameter(2, limit))) {
            out.add(new AccessLine(KeysStore.inst(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    KeysStore.nl(r[5])));
        }
        return out;
    }

    public long accessCount(Long unitId, Long householdId) {
        String where = unitId != null ? "unit_id = ?1" : "household_id = ?1";
        return count(em.createNativeQuery("SELECT count(*) FROM access_record WHERE " + where)
                .setParameter(1, unitId != null ? unitId : householdId));
    }

    private List<KeyLine> keyLines(Query q) {
        List<KeyLine> out = new ArrayList<>();
        for (Object[] r : rows(q)) {
            out.add(new KeyLine(KeysStore.l(r[0]), KeysStore.inst(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], KeysStore.inst(r[10]),
                    KeysStore.inst(r[11])));
        }
        return out;
    }

    private static long count(Query q) {
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }
}
