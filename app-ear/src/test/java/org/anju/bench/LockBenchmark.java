package org.anju.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.anju.it.support.Db;
import org.anju.simulator.model.UnitSpec;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

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
    private static final int OUTSTANDING = 2_000;

    private final String database;
    private final String broker;
    private final List<String> report = new ArrayList<>();

    private LockBenchmark(Path wlp, String server, int port, String database, int mqttPort) {
        super(wlp, server, port);
        this.database = database;
        this.broker = "tcp://127.0.0.1:" + mqttPort;
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("lock")) {
            return;
        }
        Bench.registerDriver();
        try (Connection c = Db.open("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + args[3] + "\" WITH (FORCE)");
        }
        int locks = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        int count = args.length > 7 ? Integer.parseInt(args[7]) : 50_000;
        int rate = args.length > 8 ? Integer.parseInt(args[8]) : 500;
        int seconds = args.length > 9 ? Integer.parseInt(args[9]) : 30;
        LockBenchmark b = new LockBenchmark(Path.of(args[0]), args[1], Integer.parseInt(args[2]), args[3],
                Integer.parseInt(args[5]));
        b.server("stop");
        b.server("start");
        try {
            b.measure(Path.of(args[4]), locks, count, rate, seconds);
        } finally {
            b.server("stop");
        }
    }

    /** A lock's (or a probe publisher's) connection and the topic it publishes to. */
    private record Publisher(MqttAsyncClient client, String topic) {
    }

    private void measure(Path results, int locks, int count, int rate, int seconds) throws Exception {
        awaitReady();
        String platform = login("platform", "admin", System.getProperty("bench.platformPassword", "Bench@2026"));
        post(platform, "/api/v1/platform/organizations", """
                {"code":"%s","name":"基准门锁运营","kind":"OPERATOR","divisionCodes":["330106"],
                 "appointment":{"authorityName":"基准市住房保障局","date":"2026-01-01","documentNumber":"基准-7"},
                 "admin":{"username":"admin","password":"Bench@2026"}}""".formatted(ORG), 201);
        String token = login(ORG, "admin", "Bench@2026");
        List<UnitSpec> units = OpcUaBenchmark.units(locks);
        awaitJob(token, submit(token, "locks.xlsx", OpcUaBenchmark.workbook("门锁基准小区", units)));

        try (Connection db = Db.open(database); Statement st = db.createStatement()) {
            st.execute("SET search_path TO org_" + ORG);
            List<Long> unitIds = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM unit ORDER BY id")) {
                while (rs.next()) {
                    unitIds.add(rs.getLong(1));
                }
            }
            long t0 = System.nanoTime();
            String[] devices = new String[locks];
            String[] secrets = new String[locks];
            for (int i = 0; i < locks; i++) {
                devices[i] = String.format(Locale.ROOT, "BL-%05d", i);
                String d = post(token, "/api/v1/devices", "{\"deviceId\":\"" + devices[i] + "\",\"kind\":\"SMART_LOCK\","
                        + "\"serial\":\"SN-" + devices[i] + "\",\"model\":\"A7\",\"unitId\":" + unitIds.get(i) + "}", 200);
                String id = field(d, "id");
                post(token, "/api/v1/devices/" + id + "/decision", "{\"approve\":true,\"note\":\"基准\"}", 200);
                secrets[i] = field(post(token, "/api/v1/devices/" + id + "/secret", "{}", 200), "secret");
            }
            say(locks + " locks registered, approved and given secrets in " + ms(t0) + " ms");
            line("# Anju lock events benchmark, " + LocalDateTime.now().withNano(0));
            line(String.format(Locale.ROOT, "machine: %d cores, Java %s, load average at start %s (benchmark, broker, "
                    + "server and PostgreSQL on it)", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), load()));
            line(String.format(Locale.ROOT, "%d locks, each its own MQTT connection (QoS 1); max rate: %,d events, at most "
                    + "%,d awaiting PUBACK; paced: %d events/s for %d s", locks, count, OUTSTANDING, rate, seconds));

            baseline(locks, count, rate, seconds);
            endToEnd(db, devices, secrets, count, rate, seconds);
        }
        line("load average at the end: " + load());
        String text = String.join("\n", report) + "\n";
        System.out.println();
        System.out.print(text);
        Files.writeString(results, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    // ---------------------------------------------------------------- baseline: plain MQTT publish/subscribe

    private void baseline(int connections, int count, int rate, int seconds) throws Exception {
        String password = System.getProperty("bench.probePassword", "Bench-probe-2026");
        long[] received = new long[Math.max(count, rate * seconds) + 1];
        AtomicLong duplicates = new AtomicLong();
        MqttAsyncClient sub = new MqttAsyncClient(broker, "anju-probe-bench-sub", new MemoryPersistence());
        MqttConnectOptions so = options("anju-probe", password);
        so.setCleanSession(false); // as the platform's client: a durable subscription, so the broker journals each message
        sub.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                say("probe subscriber lost its connection: " + cause);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                long now = System.nanoTime();
                int seq = (int) seqOf(new String(message.getPayload(), StandardCharsets.UTF_8));
                if (seq >= 0 && seq < received.length) {
                    if (received[seq] != 0) {
                        duplicates.incrementAndGet();
                    } else {
                        received[seq] = now;
                    }
                }
            }

            @Override
            public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
            }
        });
        sub.connect(so).waitForCompletion(30_000);
        sub.subscribe("anju-probe/bench/#", 1).waitForCompletion(30_000);
        List<Publisher> pubs = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            MqttAsyncClient c = new MqttAsyncClient(broker, "anju-probe-bench-" + i, new MemoryPersistence());
            c.connect(options("anju-probe", password)).waitForCompletion(30_000);
            pubs.add(new Publisher(c, "anju-probe/bench/" + i));
        }
        say("baseline: " + connections + " probe publishers and a subscriber connected");
        try {
            // Warm-up (not measured): the same path, a few thousand messages.
            run("baseline warm-up", pubs, new long[4_001], received, 4_000, 0, null);
            for (Mode mode : List.of(Mode.MAX, Mode.PACED)) {
                Arrays.fill(received, 0);
                duplicates.set(0);
                int n = mode == Mode.MAX ? count : rate * seconds;
                long[] sent = new long[n + 1];
                Phase p = run("baseline " + mode.label(rate), pubs, sent, received, n, mode == Mode.MAX ? 0 : rate, null);
                line(p.summary("baseline, plain MQTT round trip (publish → subscriber)", mode.label(rate))
                        + String.format(Locale.ROOT, "; received %,d of %,d, duplicates %d", p.arrived, n, duplicates.get()));
            }
        } finally {
            for (Publisher p : pubs) {
                close(p.client());
            }
            sub.unsubscribe("anju-probe/bench/#").waitForCompletion(10_000);
            close(sub);
        }
    }

    // ---------------------------------------------------------------- end to end: published → stored

    private void endToEnd(Connection db, String[] devices, String[] secrets, int count, int rate, int seconds)
            throws Exception {
        List<Publisher> locks = new ArrayList<>();
        for (int i = 0; i < devices.length; i++) {
            MqttAsyncClient c = new MqttAsyncClient(broker, ORG + "-" + devices[i], new MemoryPersistence());
            MqttConnectOptions o = options(devices[i], secrets[i]);
            o.setCleanSession(true); // protocol 1.1
            o.setWill("anju/" + ORG + "/lock/" + devices[i] + "/event", ("{\"eventId\":\"" + UUID.randomUUID()
                    + "\",\"type\":\"OFFLINE\",\"at\":\"" + Instant.now() + "\",\"battery\":80}").getBytes(StandardCharsets.UTF_8), 1, false);
            c.connect(o).waitForCompletion(30_000);
            locks.add(new Publisher(c, "anju/" + ORG + "/lock/" + devices[i] + "/event"));
        }
        long deadBefore = deadLetters(db);
        // Each lock's heartbeat after connecting (protocol 1.3) brings it online; then the measured events change no state.
        for (Publisher p : locks) {
            publish(p, ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"HEARTBEAT\",\"at\":\"" + Instant.now()
                    + "\",\"battery\":80}").getBytes(StandardCharsets.UTF_8), null);
        }
        long t0 = System.nanoTime();
        try (Statement st = db.createStatement()) {
            while (count(st, "SELECT count(*) FROM device WHERE online") < devices.length && ms(t0) < 60_000) {
                Thread.sleep(100);
            }
            say("end to end: " + count(st, "SELECT count(*) FROM device WHERE online") + " locks online after "
                    + ms(t0) + " ms");
        }
        try {
            run("end-to-end warm-up", locks, new long[4_001], new long[4_001], 4_000, 0, db);
            for (Mode mode : List.of(Mode.MAX, Mode.PACED)) {
                int n = mode == Mode.MAX ? count : rate * seconds;
                long[] sent = new long[n + 1];
                long[] stored = new long[n + 1];
                Phase p = run("end to end " + mode.label(rate), locks, sent, stored, n, mode == Mode.MAX ? 0 : rate, db);
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
            for (Publisher p : locks) {
                close(p.client());
            }
        }
    }

    // ---------------------------------------------------------------- driving and measuring

    private enum Mode {
        MAX, PACED;

        String label(int rate) {
            return this == MAX ? "max rate" : rate + " events/s";
        }
    }

    /** What a phase measured; latencies in ns. */
    private static final class Phase {
        String prefix;
        int arrived;
        long first;
        long last;
        long[] latencies;
        long lagMax;

        String summary(String what, String mode) {
            Arrays.sort(latencies);
            double secs = (last - first) / 1e9;
            return String.format(Locale.ROOT, "%s, %s: %,d events in %.2f s = %,.0f events/s; latency p50 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms%s", what, mode, latencies.length, secs, latencies.length / secs,
                    pct(latencies, 50) / 1e6, pct(latencies, 99) / 1e6, latencies[latencies.length - 1] / 1e6,
                    lagMax > 1_000_000 ? String.format(Locale.ROOT, " (publisher behind schedule by up to %.1f ms)",
                            lagMax / 1e6) : "");
        }
    }

    /**
     * Publishes {@code n} DOOR_OPENED events round-robin over the publishers (at most {@link #OUTSTANDING} awaiting
     * their PUBACK; {@code rate} 0 = as fast as that allows), then waits until each has arrived in {@code arrived}:
     * filled by the subscriber (baseline) or, when {@code db} is given, by a poller of {@code access_record}.
     */
    private Phase run(String name, List<Publisher> pubs, long[] sent, long[] arrived, int n, int rate, Connection db)
            throws Exception {
        long msb = UUID.randomUUID().getMostSignificantBits();
        Phase phase = new Phase();
        phase.prefix = new UUID(msb, 0).toString().substring(0, 18);
        Poller poller = db == null ? null : new Poller(db, msb, arrived);
        if (poller != null) {
            poller.start();
        }
        Semaphore window = new Semaphore(OUTSTANDING);
        AtomicLong failed = new AtomicLong();
        IMqttActionListener done = new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken t) {
                window.release();
            }

            @Override
            public void onFailure(IMqttToken t, Throwable e) {
                failed.incrementAndGet();
                window.release();
            }
        };
        say(name + ": publishing " + n + (rate == 0 ? " at max rate" : " at " + rate + "/s"));
        long start = System.nanoTime();
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        long lagMax = 0;
        for (int i = 1; i <= n; i++) {
            long due = start + (i - 1) * interval;
            if (rate > 0) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            window.acquire();
            long now = System.nanoTime();
            if (rate > 0) {
                lagMax = Math.max(lagMax, now - due);
            }
            // Paced: from the scheduled time, so time lost in the publisher counts; max rate: from the call.
            sent[i] = rate > 0 ? due : now;
            Publisher p = pubs.get(i % pubs.size());
            publish(p, payload(new UUID(msb, i)), done);
        }
        window.acquire(OUTSTANDING);
        window.release(OUTSTANDING);
        say(name + ": published in " + ms(start) + " ms" + (failed.get() > 0 ? ", " + failed.get() + " publishes FAILED" : ""));
        long waitStart = System.nanoTime();
        long[] got = arrived;
        int missing = n;
        while (missing > 0 && System.nanoTime() - waitStart < TimeUnit.SECONDS.toNanos(180)) {
            missing = 0;
            for (int i = 1; i <= n; i++) {
                if (got[i] == 0) {
                    missing++;
                }
            }
            if (missing > 0) {
                Thread.sleep(50);
            }
        }
        if (poller != null) {
            poller.stop();
        }
        if (missing > 0) {
            say(name + ": " + missing + " of " + n + " did not arrive within 180 s");
        }
        phase.arrived = n - missing;
        long[] lat = new long[n - missing];
        int k = 0;
        long last = 0;
        for (int i = 1; i <= n; i++) {
            if (got[i] != 0) {
                lat[k++] = got[i] - sent[i];
                last = Math.max(last, got[i]);
            }
        }
        phase.first = sent[1];
        phase.last = last;
        phase.latencies = lat;
        phase.lagMax = lagMax;
        say(name + ": all arrived " + ms(waitStart) + " ms after the last publish was acknowledged");
        return phase;
    }

    /**
     * Reads the door openings that became visible since the last read, and notes when it first saw each event of the
     * phase (by the sequence number in its event id). One statement at a time, 5 ms apart when nothing is new.
     */
    private static final class Poller implements Runnable {
        private final Connection db;
        private final long msb;
        private final long[] stored;
        private volatile boolean running = true;
        private Thread thread;
        private long lastId;

        Poller(Connection db, long msb, long[] stored) throws Exception {
            this.db = db;
            this.msb = msb;
            this.stored = stored;
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM access_record")) {
                rs.next();
                lastId = rs.getLong(1);
            }
        }

        void start() {
            thread = new Thread(this, "bench-poller");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            try (PreparedStatement ps = db.prepareStatement("SELECT id, event_id FROM access_record WHERE id > ? ORDER BY id")) {
                while (running) {
                    ps.setLong(1, lastId);
                    int rows = 0;
                    try (ResultSet rs = ps.executeQuery()) {
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
                    if (rows == 0) {
                        Thread.sleep(5);
                    }
                }
            } catch (Exception e) {
                say("poller stopped: " + e);
            }
        }
    }

    private static void publish(Publisher p, byte[] payload, IMqttActionListener done) throws Exception {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        m.setRetained(false);
        p.client().publish(p.topic(), m, null, done);
    }

    /** A DOOR_OPENED as a lock sends it (protocol 1.3); {@code at} is the publish time. */
    private static byte[] payload(UUID eventId) {
        return ("{\"eventId\":\"" + eventId + "\",\"type\":\"DOOR_OPENED\",\"at\":\"" + Instant.now()
                + "\",\"method\":\"CARD\",\"credentialId\":\"L-CARD-1\",\"battery\":80}").getBytes(StandardCharsets.UTF_8);
    }

    /** The sequence number in a payload's event id (its low 64 bits), without a JSON parser. */
    private static long seqOf(String payload) {
        int at = payload.indexOf("\"eventId\":\"");
        if (at < 0) {
            return -1;
        }
        return UUID.fromString(payload.substring(at + 11, at + 47)).getLeastSignificantBits();
    }

    private static MqttConnectOptions options(String user, String password) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout(30);
        o.setMaxInflight(OUTSTANDING);
        return o;
    }

    private static void close(MqttAsyncClient c) {
        try {
            if (c.isConnected()) {
                c.disconnect(2_000).waitForCompletion(5_000);
            }
            c.close();
        } catch (Exception e) {
            say("close: " + e);
        }
    }

    private static long deadLetters(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            return count(st, "SELECT count(*) FROM platform.device_dead_letter");
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private void line(String s) {
        report.add(s);
        say(s);
    }
}
