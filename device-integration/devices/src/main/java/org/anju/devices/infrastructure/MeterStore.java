package org.anju.devices.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.ReadingFlag;
import org.anju.devices.domain.MeterSeries;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.hibernate.Session;

/**
 * Meter readings, each meter's last reading and its days, in the current tenant's schema, by plain SQL on the
 * transaction's connection: a batch is a handful of statements whatever its size (arrays unnested by PostgreSQL), which
 * is what 20,000 nodes a second need. Call inside a transaction.
 */
@ApplicationScoped
public class MeterStore {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    /** A stored reading as the API shows it. */
    public record ReadingRow(long unitId, MeterKind kind, BigDecimal value, BigDecimal delta, ReadingFlag flag,
                             Instant sourceTime, Instant serverTime, Instant receivedAt, String source, String nodeId) {
    }

    /** A meter's last reading. */
    public record StateRow(long unitId, MeterKind kind, BigDecimal value, Instant sourceTime, Instant receivedAt,
                           ReadingFlag flag, String source, String nodeId) {
    }

    /** One day of one meter. */
    public record DailyRow(long unitId, MeterKind kind, LocalDate day, BigDecimal firstValue, Instant firstAt,
                           BigDecimal lastValue, Instant lastAt, BigDecimal consumption,
                           BigDecimal flaggedConsumption, int readings, int flags) {
    }

    private <T> T work(SqlWork<T> w) {
        return em.unwrap(Session.class).doReturningWork(w::run);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    // ------------------------------------------------------------------ ingest

    /** The last readings of {@code keys}, locked until the transaction ends (rows in key order: no deadlocks). */
    public Map<MeterSeries.Key, MeterSeries.State> lockStates(Collection<MeterSeries.Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return work(c -> {
            List<MeterSeries.Key> list = List.copyOf(keys);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT s.unit_id, s.kind, s.value, s.source_time FROM meter_state s "
                            + "JOIN unnest(?::bigint[], ?::varchar[]) AS k(unit_id, kind) "
                            + "ON s.unit_id = k.unit_id AND s.kind = k.kind "
                            + "ORDER BY s.unit_id, s.kind FOR UPDATE OF s")) {
                ps.setArray(1, arr(c, "bigint", list.stream().map(MeterSeries.Key::unitId).toArray()));
                ps.setArray(2, arr(c, "varchar", list.stream().map(k -> k.kind().name()).toArray()));
                Map<MeterSeries.Key, MeterSeries.State> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(new MeterSeries.Key(rs.getLong(1), MeterKind.valueOf(rs.getString(2))),
                                new MeterSeries.State(rs.getBigDecimal(3), instant(rs, 4)));
                    }
                }
                return out;
            }
        });
    }

    /** Inserts the readings (a reading already there is left alone); answers those actually inserted. */
    public List<MeterSeries.Accepted> insert(List<MeterSeries.Accepted> readings) {
        if (readings.isEmpty()) {
            return List.of();
        }
        return work(c -> {
            int n = readings.size();
            Object[] units = new Object[n];
            Object[] kinds = new Object[n];
            Object[] times = new Object[n];
            Object[] values = new Object[n];
            Object[] deltas = new Object[n];
            Object[] flags = new Object[n];
            Object[] servers = new Object[n];
            Object[] received = new Object[n];
            Object[] sources = new Object[n];
            Object[] nodes = new Object[n];
            for (int i = 0; i < n; i++) {
                MeterSeries.Accepted a = readings.get(i);
                units[i] = a.sample().unitId();
                kinds[i] = a.sample().kind().name();
                times[i] = iso(a.sample().sourceTime());
                values[i] = a.sample().value();
                deltas[i] = a.delta();
                flags[i] = a.flag().name();
                servers[i] = iso(a.sample().serverTime());
                received[i] = iso(a.sample().receivedAt());
                sources[i] = a.sample().source();
                nodes[i] = a.sample().nodeId();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meter_reading (unit_id, kind, source_time, value, delta, flag, server_time, "
                            + "received_at, source, node_id) "
                            + "SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::timestamptz[], ?::numeric[], "
                            + "?::numeric[], ?::varchar[], ?::timestamptz[], ?::timestamptz[], ?::varchar[], "
                            + "?::varchar[]) "
                            + "ON CONFLICT DO NOTHING RETURNING unit_id, kind, source_time")) {
                ps.setArray(1, arr(c, "bigint", units));
                ps.setArray(2, arr(c, "varchar", kinds));
                ps.setArray(3, arr(c, "timestamptz", times));
                ps.setArray(4, arr(c, "numeric", values));
                ps.setArray(5, arr(c, "numeric", deltas));
                ps.setArray(6, arr(c, "varchar", flags));
                ps.setArray(7, arr(c, "timestamptz", servers));
                ps.setArray(8, arr(c, "timestamptz", received));
                ps.setArray(9, arr(c, "varchar", sources));
                ps.setArray(10, arr(c, "varchar", nodes));
                Set<String> inserted = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + instant(rs, 3));
                    }
                }
                if (inserted.size() == n) {
                    return readings;
                }
                List<MeterSeries.Accepted> out = new ArrayList<>(inserted.size());
                for (MeterSeries.Accepted a : readings) {
                    if (inserted.contains(a.sample().unitId() + "|" + a.sample().kind() + "|" + a.sample().sourceTime())) {
                        out.add(a);
                    }
                }
                return out;
            }
        });
    }

    /** Adds a batch's days to meter_daily: earlier first, later last, sums added. Never reads the readings. */
    public void addDays(List<MeterSeries.DayDelta> days) {
        if (days.isEmpty()) {
            return;
        }
        work(c -> {
            int n = days.size();
            Object[][] cols = new Object[11][n];
            for (int i = 0; i < n; i++) {
                MeterSeries.DayDelta d = days.get(i);
                cols[0][i] = d.key().unitId();
                cols[1][i] = d.key().kind().name();
                cols[2][i] = d.day().toString();
                cols[3][i] = d.firstValue();
                cols[4][i] = iso(d.firstAt());
                cols[5][i] = d.lastValue();
                cols[6][i] = iso(d.lastAt());
                cols[7][i] = d.consumption();
                cols[8][i] = d.flaggedConsumption();
                cols[9][i] = d.readings();
                cols[10][i] = d.flags();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meter_daily AS m (unit_id, kind, day, first_value, first_at, last_value, last_at, "
                            + "consumption, flagged_consumption, readings, flags, updated_at) "
                            + "SELECT u, k, d, fv, fa, lv, la, co, fc, r, f, now() FROM unnest(?::bigint[], "
                            + "?::varchar[], ?::date[], ?::numeric[], ?::timestamptz[], ?::numeric[], "
                            + "?::timestamptz[], ?::numeric[], ?::numeric[], ?::int[], ?::int[]) "
                            + "AS x(u, k, d, fv, fa, lv, la, co, fc, r, f) "
                            + "ON CONFLICT (unit_id, kind, day) DO UPDATE SET "
                            + "first_value = CASE WHEN EXCLUDED.first_at < m.first_at THEN EXCLUDED.first_value ELSE m.first_value END, "
                            + "first_at = LEAST(m.first_at, EXCLUDED.first_at), "
                            + "last_value = CASE WHEN EXCLUDED.last_at >= m.last_at THEN EXCLUDED.last_value ELSE m.last_value END, "
                            + "last_at = GREATEST(m.last_at, EXCLUDED.last_at), "
                            + "consumption = m.consumption + EXCLUDED.consumption, "
                            + "flagged_consumption = m.flagged_consumption + EXCLUDED.flagged_consumption, "
                            + "readings = m.readings + EXCLUDED.readings, flags = m.flags + EXCLUDED.flags, "
                            + "updated_at = now()")) {
                String[] types = {"bigint", "varchar", "date", "numeric", "timestamptz", "numeric", "timestamptz",
                    "numeric", "numeric", "integer", "integer"};
                for (int i = 0; i < types.length; i++) {
                    ps.setArray(i + 1, c.createArrayOf(types[i], cols[i]));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Writes each meter's new last reading (the readings that moved the series on, the latest per meter). */
    public void saveStates(Collection<MeterSeries.Accepted> latest) {
        if (latest.isEmpty()) {
            return;
        }
        work(c -> {
            List<MeterSeries.Accepted> list = List.copyOf(latest);
            int n = list.size();
            Object[][] cols = new Object[8][n];
            for (int i = 0; i < n; i++) {
                MeterSeries.Accepted a = list.get(i);
                cols[0][i] = a.sample().unitId();
                cols[1][i] = a.sample().kind().name();
                cols[2][i] = a.sample().value();
                cols[3][i] = iso(a.sample().sourceTime());
                cols[4][i] = iso(a.sample().receivedAt());
                cols[5][i] = a.flag().name();
                cols[6][i] = a.sample().source();
                cols[7][i] = a.sample().nodeId();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meter_state AS s (unit_id, kind, value, source_time, received_at, flag, source, node_id) "
                            + "SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::numeric[], ?::timestamptz[], "
                            + "?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[]) "
                            + "ON CONFLICT (unit_id, kind) DO UPDATE SET value = EXCLUDED.value, "
                            + "source_time = EXCLUDED.source_time, received_at = EXCLUDED.received_at, "
                            + "flag = EXCLUDED.flag, source = EXCLUDED.source, node_id = EXCLUDED.node_id "
                            + "WHERE EXCLUDED.source_time > s.source_time")) {
                String[] types = {"bigint", "varchar", "numeric", "timestamptz", "timestamptz", "varchar", "varchar",
                    "varchar"};
                for (int i = 0; i < types.length; i++) {
                    ps.setArray(i + 1, c.createArrayOf(types[i], cols[i]));
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ reading

    public List<StateRow> states(long unitId) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, kind, value, source_time, received_at, "
                    + "flag, source, node_id FROM meter_state WHERE unit_id = ? ORDER BY kind")) {
                ps.setLong(1, unitId);
                List<StateRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StateRow(rs.getLong(1), MeterKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                                instant(rs, 4), instant(rs, 5), ReadingFlag.valueOf(rs.getString(6)), rs.getString(7),
                                rs.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    /** Readings of a unit, newest first; {@code from}/{@code to} bound the source time ([from, to)). */
    public Page<ReadingRow> readings(long unitId, MeterKind kind, Instant from, Instant to, boolean flaggedOnly,
                                     PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE unit_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(unitId);
        if (kind != null) {
            where.append(" AND kind = ?");
            params.add(kind.name());
        }
        if (from != null) {
            where.append(" AND source_time >= ?");
            params.add(from.atOffset(java.time.ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" AND source_time < ?");
            params.add(to.atOffset(java.time.ZoneOffset.UTC));
        }
        if (flaggedOnly) {
            where.append(" AND flag <> 'NONE'");
        }
        return work(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM meter_reading" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ReadingRow> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, kind, value, delta, flag, source_time, "
                    + "server_time, received_at, source, node_id FROM meter_reading" + where
                    + " ORDER BY source_time DESC, kind LIMIT ? OFFSET ?")) {
                bind(ps, params);
                ps.setInt(params.size() + 1, page.size());
                ps.setInt(params.size() + 2, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new ReadingRow(rs.getLong(1), MeterKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                                rs.getBigDecimal(4), ReadingFlag.valueOf(rs.getString(5)), instant(rs, 6),
                                instant(rs, 7), instant(rs, 8), rs.getString(9), rs.getString(10)));
                    }
                }
            }
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    /** Days of the given units from {@code from} to {@code to} inclusive, by unit, day and kind. */
    public List<DailyRow> daily(Collection<Long> unitIds, MeterKind kind, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, kind, day, first_value, first_at, "
                    + "last_value, last_at, consumption, flagged_consumption, readings, flags FROM meter_daily "
                    + "WHERE unit_id = ANY (?::bigint[]) AND day BETWEEN ? AND ? AND (?::varchar IS NULL OR kind = ?) "
                    + "ORDER BY unit_id, day, kind")) {
                ps.setArray(1, arr(c, "bigint", unitIds.toArray()));
                ps.setObject(2, from);
                ps.setObject(3, to);
                ps.setString(4, kind == null ? null : kind.name());
                ps.setString(5, kind == null ? null : kind.name());
                List<DailyRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DailyRow(rs.getLong(1), MeterKind.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), instant(rs, 5),
                                rs.getBigDecimal(6), instant(rs, 7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                                rs.getInt(10), rs.getInt(11)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * A JDBC array parameter. Integers go as such; everything else as text that the statement casts
     * ({@code ?::timestamptz[]}): ISO instants and plain decimals convert exactly, independent of the session's
     * time zone or the driver's guesses about Java types.
     */
    private static java.sql.Array arr(Connection c, String type, Object[] values) throws SQLException {
        if (type.equals("bigint") || type.equals("integer")) {
            return c.createArrayOf(type, values);
        }
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            text[i] = v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        }
        return c.createArrayOf("text", text);
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
