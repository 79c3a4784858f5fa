package org.anju.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.anju.bench.LockLoad.Mode;
import org.anju.bench.LockLoad.Phase;
import org.anju.bench.LockLoad.Publisher;
import org.anju.it.support.Db;
import org.anju.simulator.model.UnitSpec;

/**
 * Issue 7 benchmark, lock events: N locks registered, approved and given secrets through the API, each connected
 * with its own secret to the server's embedded broker (the MQTT acceptor locks use), then DOOR_OPENED events published
 * until they are stored, against a plain MQTT publish/subscribe round trip on the same broker in the same run.
 *
 * <ol>
 *   <li><b>Baseline</b>: the broker's probe login ({@code anju-probe}, which may use only {@code anju-probe/#}; no
 *       device may subscribe to anything but its own commands, so a plain round trip needs a login of its own) publishes
 *       the same payloads at QoS 1 from as many connections as there are locks, and one subscriber receives them the
 *       way the platform's client does: persistent session (clean session off), QoS 1. Latency = publish call →
 *       {@code messageArrived} in the subscriber.</li>
 *   <li><b>End to end</b>: each lock publishes to its own {@code anju/<org>/lock/<id>/event}; the platform's client
 *       batches them into the ingest. Latency = publish call → the row is visible in {@code access_record}: a thread
 *       of this benchmark reads new rows ({@code id > last seen}, ids come from one sequence and one worker commits
 *       batches in order) in a tight loop, so a figure includes up to one poll (a few ms) of delay. The database's own
 *       {@code received_at − occurred_at} (when the platform's client got it − the {@code at} the lock put in the
 *       payload at publish time, same clock) is printed beside it: how much of the time is the broker's.</li>
 * </ol>
 * Each at maximum rate (a fixed count, at most {@code 2,000} publishes awaiting their PUBACK) and paced (a fixed rate
 * for a fixed time; latency is measured from each event's scheduled time, so a publisher falling behind shows).
 * Afterwards every event id is counted once in {@code access_record} (no loss, no duplicate) and dead letters counted.
 *
 * <p>Arguments: {@code <wlp dir> <server name> <port> <database> <results file> <mqtt port> [locks] [max-rate count]
 * [paced rate] [paced seconds]}. The database is dropped first. {@code -Dbench.probePassword} must match the server's
 * {@code ANJU_DEVICES_MQTT_PROBE_PASSWORD}; {@code -Dbench.platformPassword} if the platform admin is not the bench one.
 */
public final class LockBenchmark extends ServerBenchmark {

    private static final String ORG = "bench_lock";

    private final String database;
    private final LockLoad load;

    private LockBenchmark(Path wlp, String server, int port, String database, int mqttPort) {
        super(wlp, server, port);
        this.database = database;
        this.load = new LockLoad(mqttPort);
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("lock")) {
            return;
        }
        dropDatabase(args[3]);
        int locks = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        int count = args.length > 7 ? Integer.parseInt(args[7]) : 50_000;
        int rate = args.length > 8 ? Integer.parseInt(args[8]) : 500;
        int seconds = args.length > 9 ? Integer.parseInt(args[9]) : 30;
        LockBenchmark b = new LockBenchmark(Path.of(args[0]), args[1], Integer.parseInt(args[2]), args[3],
                Integer.parseInt(args[5]));
        b.withServer(() -> b.measure(Path.of(args[4]), locks, count, rate, seconds));
    }

    private void measure(Path results, int locks, int count, int rate, int seconds) throws Exception {
        awaitReady();
        String token = operator(ORG, "基准门锁运营", "基准-7");
        List<UnitSpec> units = OpcUaBenchmark.units(locks);
        awaitJob(token, submit(token, "locks.xlsx", OpcUaBenchmark.workbook("门锁基准小区", units)));

        try (Connection db = Db.open(database); Statement st = db.createStatement()) {
            st.execute("SET search_path TO org_" + ORG);
            LockLoad.Locks registered = LockLoad.register(this, token, db, "BL", locks);
            line("# Anju lock events benchmark, " + LocalDateTime.now().withNano(0));
            line(machine());
            line(String.format(Locale.ROOT, "%d locks, each its own MQTT connection (QoS 1); max rate: %,d events, at most "
                    + "%,d awaiting PUBACK; paced: %d events/s for %d s", locks, count, LockLoad.OUTSTANDING, rate, seconds));

            load.baseline(locks, count, rate, seconds, List.of(Mode.MAX, Mode.PACED), this::line);
            endToEnd(db, registered, count, rate, seconds);
        }
        line("load average at the end: " + load());
        writeReport(results);
    }

    // ---------------------------------------------------------------- end to end: published → stored

    private void endToEnd(Connection db, LockLoad.Locks registered, int count, int rate, int seconds) throws Exception {
        long deadBefore = deadLetters(db);
        List<Publisher> locks = load.connect(ORG, registered, db);
        try {
            long[] warm = new long[4_001];
            LockLoad.run("end-to-end warm-up", locks, new long[4_001], warm, 4_000, 0,
                    msb -> new Poller(db, msb, warm).started(), LockLoad::doorOpened);
            for (Mode mode : List.of(Mode.MAX, Mode.PACED)) {
                int n = mode == Mode.MAX ? count : rate * seconds;
                long[] sent = new long[n + 1];
                long[] stored = new long[n + 1];
                Phase p = LockLoad.run("end to end " + mode.label(rate), locks, sent, stored, n,
                        mode == Mode.MAX ? 0 : rate, msb -> new Poller(db, msb, stored).started(), LockLoad::doorOpened);
                try (PreparedStatement ps = db.prepareStatement("SELECT count(*), count(DISTINCT event_id), "
                        + "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - occurred_at)) * 1000, "
                        + "percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - occurred_at)) * 1000 "
                        + "FROM access_record WHERE event_id LIKE ?")) {
                    ps.setString(1, p.prefix + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        line(p.summary("end to end (publish → row visible in access_record)", mode.label(rate))
                                + String.format(Locale.ROOT, "; stored rows %,d, distinct event ids %,d, published %,d: %s",
                                rs.getLong(1), rs.getLong(2), n, rs.getLong(1) == n && rs.getLong(2) == n
                                        ? "stored == published" : "MISMATCH"));
                        line(String.format(Locale.ROOT, "  of which publish → platform's client (received_at − at, "
                                + "in the database): p50 %.1f ms, p99 %.1f ms", rs.getDouble(3), rs.getDouble(4)));
                    }
                }
            }
            line(String.format(Locale.ROOT, "dead letters during the run: %d", deadLetters(db) - deadBefore));
        } finally {
            LockLoad.disconnect(locks);
        }
    }

    /**
     * Reads the door openings that became visible since the last read, and notes when it first saw each event of the
     * phase (by the sequence number in its event id). One statement at a time, 5 ms apart when nothing is new.
     */
    private static final class Poller extends LockLoad.Poll {
        private final long msb;
        private final long[] stored;
        private final PreparedStatement next;
        private long lastId;

        Poller(Connection db, long msb, long[] stored) throws Exception {
            this.msb = msb;
            this.stored = stored;
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM access_record")) {
                rs.next();
                lastId = rs.getLong(1);
            }
            next = db.prepareStatement("SELECT id, event_id FROM access_record WHERE id > ? ORDER BY id");
        }

        @Override
        boolean once() throws Exception {
            next.setLong(1, lastId);
            int rows = 0;
            try (ResultSet rs = next.executeQuery()) {
                long now = System.nanoTime();
                while (rs.next()) {
                    rows++;
                    lastId = rs.getLong(1);
                    UUID id = UUID.fromString(rs.getString(2));
                    long seq = id.getLeastSignificantBits();
                    if (id.getMostSignificantBits() == msb && seq > 0 && seq < stored.length && stored[(int) seq] == 0) {
                        stored[(int) seq] = now;
                    }
                }
            }
            return rows > 0;
        }
    }

    private static long deadLetters(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            return LockLoad.count(st, "SELECT count(*) FROM platform.device_dead_letter");
        }
    }
}
