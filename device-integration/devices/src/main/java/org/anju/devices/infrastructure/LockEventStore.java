package org.anju.devices.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

/**
 * Set-based SQL for lock events in the operator's schema, on the transaction's own connection (its schema is the
 * tenant's): one statement per step for a whole batch, so thousands of events a second fit in a few round trips.
 */
@ApplicationScoped
public class LockEventStore {

    /** An event to remember, by device and event id, with a digest of its content. */
    public record Seen(String deviceId, String eventId, String digest, Instant receivedAt) {
    }

    /** A stored door opening. */
    public record AccessRow(Instant occurredAt, Instant receivedAt, String deviceId, String eventId, Long unitId,
                            String method, String credentialId, String credentialKind, Long householdId,
                            Long memberId, String holder) {
    }

    /** A stored lock event other than a door opening. */
    public record EventRow(String deviceId, String eventId, String type, Instant occurredAt, Instant receivedAt,
                           Integer battery, Long unitId, String detail) {
    }

    /** A platform credential as the ingest needs it to say whose it was. */
    public record Holder(String credentialId, String kind, Long householdId, Long memberId, String holder) {
    }

    /** What a batch did to a device's state. */
    public record State(String deviceId, Instant lastSeen, boolean online, Integer battery, Instant tamperedAt,
                        Integer clockSkewSeconds) {
    }

    /** How far a device's stored last-seen may lag behind its last message (see {@link #updateStates}). */
    public static final java.time.Duration LAST_SEEN_STEP = java.time.Duration.ofSeconds(30);

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    private <T> T jdbc(org.hibernate.jdbc.ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    /** Remembers events; answers the keys ({@code deviceId + '\n' + eventId}) that were new. */
    public Set<String> remember(Collection<Seen> seen) {
        if (seen.isEmpty()) {
            return Set.of();
        }
        return jdbc(c -> {
            Set<String> fresh = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO device_event_seen (device_id, event_id, digest, received_at) "
                    + "SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[]) "
                    + "ON CONFLICT DO NOTHING RETURNING device_id, event_id")) {
                ps.setArray(1, c.createArrayOf("varchar", seen.stream().map(Seen::deviceId).toArray()));
                ps.setArray(2, c.createArrayOf("varchar", seen.stream().map(Seen::eventId).toArray()));
                ps.setArray(3, c.createArrayOf("varchar", seen.stream().map(Seen::digest).toArray()));
                ps.setArray(4, c.createArrayOf("timestamptz", seen.stream().map(s -> Timestamp.from(s.receivedAt())).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fresh.add(rs.getString(1) + "\n" + rs.getString(2));
                    }
                }
            }
            return fresh;
        });
    }

    /** The digest first stored for each of these (duplicates whose content differs are logged). */
    public Map<String, String> digests(Collection<Seen> seen) {
        if (seen.isEmpty()) {
            return Map.of();
        }
        return jdbc(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.device_id, s.event_id, s.digest FROM device_event_seen s "
                    + "JOIN unnest(?::varchar[], ?::varchar[]) AS k(d, e) ON s.device_id = k.d AND s.event_id = k.e")) {
                ps.setArray(1, c.createArrayOf("varchar", seen.stream().map(Seen::deviceId).toArray()));
                ps.setArray(2, c.createArrayOf("varchar", seen.stream().map(Seen::eventId).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + "\n" + rs.getString(2), rs.getString(3));
                    }
                }
            }
            return out;
        });
    }

    public Map<String, Holder> holders(Collection<String> credentialIds) {
        if (credentialIds.isEmpty()) {
            return Map.of();
        }
        return jdbc(c -> {
            Map<String, Holder> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT credential_id, kind, household_id, member_id, holder "
                    + "FROM lock_credential WHERE credential_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", credentialIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Holder(rs.getString(1), rs.getString(2),
                                (Long) rs.getObject(3), (Long) rs.getObject(4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Door openings of a batch in one statement (arrays, {@code unnest}): a JDBC batch would still be one INSERT per row
     * on the server, planned and executed one by one; at a full batch of 500 this is several times cheaper.
     */
    public void insertAccess(List<AccessRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_record (id, occurred_at, received_at, device_id, "
                    + "event_id, unit_id, method, credential_id, credential_kind, household_id, member_id, holder) "
                    + "SELECT nextval('access_record_seq'), r.* FROM unnest(?::timestamptz[], ?::timestamptz[], ?::varchar[], "
                    + "?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], "
                    + "?::varchar[]) AS r")) {
                ps.setArray(1, c.createArrayOf("timestamptz", rows.stream().map(r -> Timestamp.from(r.occurredAt())).toArray()));
                ps.setArray(2, c.createArrayOf("timestamptz", rows.stream().map(r -> Timestamp.from(r.receivedAt())).toArray()));
                ps.setArray(3, c.createArrayOf("varchar", rows.stream().map(AccessRow::deviceId).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", rows.stream().map(AccessRow::eventId).toArray()));
                ps.setArray(5, c.createArrayOf("bigint", rows.stream().map(AccessRow::unitId).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", rows.stream().map(AccessRow::method).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", rows.stream().map(AccessRow::credentialId).toArray()));
                ps.setArray(8, c.createArrayOf("varchar", rows.stream().map(AccessRow::credentialKind).toArray()));
                ps.setArray(9, c.createArrayOf("bigint", rows.stream().map(AccessRow::householdId).toArray()));
                ps.setArray(10, c.createArrayOf("bigint", rows.stream().map(AccessRow::memberId).toArray()));
                ps.setArray(11, c.createArrayOf("varchar", rows.stream().map(AccessRow::holder).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void insertEvents(List<EventRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO device_event (id, device_id, event_id, type, "
                    + "occurred_at, received_at, battery, unit_id, detail) VALUES (nextval('device_event_seq'), ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (EventRow r : rows) {
                    ps.setString(1, r.deviceId());
                    ps.setString(2, r.eventId());
                    ps.setString(3, r.type());
                    ps.setTimestamp(4, Timestamp.from(r.occurredAt()));
                    ps.setTimestamp(5, Timestamp.from(r.receivedAt()));
                    ps.setObject(6, r.battery());
                    ps.setObject(7, r.unitId());
                    ps.setString(8, r.detail());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Writes each device's state (one entry per device); a later last-seen never goes back. One statement for the
     * batch, rows taken in device-id order so that concurrent writers of the same devices lock them in one order.
     *
     * <p>A device's row is written only when its state changes or its last-seen moves on by more than
     * {@link #LAST_SEEN_STEP}: a busy lock would otherwise rewrite its row with every batch (a new row version and
     * index entries each time: in the lock-events benchmark 200 locks left 27,871 dead row versions after ~70,000
     * events, mostly not HOT, and this update was the ingest's most expensive statement). Last-seen is therefore up to 30 s behind the last
     * message, which the offline watch (three heartbeats, 15 minutes) and the pages (minutes) do not notice.
     */
    public void updateStates(Collection<State> states) {
        if (states.isEmpty()) {
            return;
        }
        List<State> sorted = states.stream().sorted(java.util.Comparator.comparing(State::deviceId)).toList();
        jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE device d SET last_seen_at = GREATEST(d.last_seen_at, s.last_seen), "
                    + "online = s.online, battery = COALESCE(s.battery, d.battery), "
                    + "tampered_at = COALESCE(s.tampered_at, d.tampered_at), clock_skew_seconds = s.skew "
                    + "FROM unnest(?::varchar[], ?::timestamptz[], ?::boolean[], ?::integer[], ?::timestamptz[], ?::integer[]) "
                    + "AS s(device_id, last_seen, online, battery, tampered_at, skew) WHERE d.device_id = s.device_id "
                    + "AND (d.last_seen_at IS NULL OR s.last_seen > d.last_seen_at + make_interval(secs => ?) "
                    + "OR d.online <> s.online OR d.battery IS DISTINCT FROM COALESCE(s.battery, d.battery) "
                    + "OR d.tampered_at IS DISTINCT FROM COALESCE(s.tampered_at, d.tampered_at) "
                    + "OR d.clock_skew_seconds IS DISTINCT FROM s.skew)")) {
                ps.setArray(1, c.createArrayOf("varchar", sorted.stream().map(State::deviceId).toArray()));
                ps.setArray(2, c.createArrayOf("timestamptz", sorted.stream().map(x -> Timestamp.from(x.lastSeen())).toArray()));
                ps.setArray(3, c.createArrayOf("boolean", sorted.stream().map(State::online).toArray()));
                ps.setArray(4, c.createArrayOf("integer", sorted.stream().map(State::battery).toArray()));
                ps.setArray(5, c.createArrayOf("timestamptz", sorted.stream()
                        .map(x -> x.tamperedAt() == null ? null : Timestamp.from(x.tamperedAt())).toArray()));
                ps.setArray(6, c.createArrayOf("integer", sorted.stream().map(State::clockSkewSeconds).toArray()));
                ps.setDouble(7, LAST_SEEN_STEP.getSeconds());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Devices silent for longer than {@code before}: marked offline; answers their ids and units. */
    public List<Object[]> markSilentOffline(Instant before) {
        return jdbc(c -> {
            List<Object[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE device SET online = false WHERE online AND kind = 'SMART_LOCK' "
                    + "AND last_seen_at < ? RETURNING device_id, unit_id")) {
                ps.setTimestamp(1, Timestamp.from(before));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Object[] {rs.getString(1), rs.getObject(2)});
                    }
                }
            }
            return out;
        });
    }

    /** Forgets event ids older than {@code before} (kept at least 7 days: protocol 1.4). */
    public int forget(Instant before) {
        return em.createNativeQuery("DELETE FROM device_event_seen WHERE received_at < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }

}
