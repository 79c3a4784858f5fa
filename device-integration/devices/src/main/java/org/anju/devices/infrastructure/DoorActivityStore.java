package org.anju.devices.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.anju.devices.api.DoorActivity;
import org.hibernate.Session;

/**
 * {@link DoorActivity} by plain SQL: unit ids travel as one array parameter, so a daily pass over a whole operator is
 * three statements, and access records are always read within {@code occurred_at} bounds (partition pruning).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DoorActivityStore implements DoorActivity {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Override
    public Map<Long, UnitDoors> doors(Collection<Long> unitIds, Instant from, Instant to) {
        Map<Long, UnitDoors> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        // STAFF and REMOTE openings are the operator's own (inspections, remote opening): they say nothing of who lives there.
        String sql = "SELECT unit_id, count(*),"
                + " count(*) FILTER (WHERE credential_kind = 'RESIDENT'),"
                + " count(*) FILTER (WHERE credential_kind = 'VISITOR'),"
                + " count(*) FILTER (WHERE credential_kind IN ('LOCAL','TEMPORARY','KEY','UNKNOWN')),"
                + " count(DISTINCT coalesce(credential_id, method || ':' || credential_kind)) FILTER (WHERE credential_kind NOT IN ('STAFF','REMOTE')),"
                + " max(occurred_at), max(occurred_at) FILTER (WHERE credential_kind = 'RESIDENT')"
                + " FROM access_record WHERE unit_id = ANY (?) AND occurred_at >= ? AND occurred_at < ?"
                + " GROUP BY unit_id";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, ids(c, unitIds));
                ps.setTimestamp(2, Timestamp.from(from));
                ps.setTimestamp(3, Timestamp.from(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long unit = rs.getLong(1);
                        out.put(unit, new UnitDoors(unit, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                rs.getLong(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, Instant> lockedSince(Collection<Long> unitIds) {
        Map<Long, Instant> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        String sql = "SELECT unit_id, min(coalesce(decided_at, created_at)) FROM device"
                + " WHERE unit_id = ANY (?) AND kind = 'SMART_LOCK' AND registration = 'APPROVED' GROUP BY unit_id";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, ids(c, unitIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), instant(rs.getTimestamp(2)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, Consumption> consumption(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Consumption> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        String sql = "SELECT unit_id, sum(consumption) FILTER (WHERE kind = 'WATER'),"
                + " sum(consumption) FILTER (WHERE kind = 'ELECTRICITY'), count(DISTINCT day)"
                + " FROM meter_daily WHERE unit_id = ANY (?) AND day BETWEEN ? AND ? AND kind IN ('WATER','ELECTRICITY')"
                + " GROUP BY unit_id";
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, ids(c, unitIds));
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Consumption(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                                rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    private static Array ids(Connection c, Collection<Long> unitIds) throws java.sql.SQLException {
        return c.createArrayOf("bigint", unitIds.toArray(Long[]::new));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
