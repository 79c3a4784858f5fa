package org.anju.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.anju.bench.LockLoad.Mode;
import org.anju.bench.LockLoad.Phase;
import org.anju.bench.LockLoad.Publisher;
import org.anju.it.support.Db;

/**
 * Issue 8 benchmark, alerts: a lock event → the alert visible to a consumer, against a plain MQTT round trip on the
 * same broker in the same run; and the daily pass over an operator of 100,000 units.
 *
 * <ol>
 *   <li><b>Baseline</b>: as {@link LockBenchmark}'s, paced only: the broker's probe login publishes at the same rate
 *       from as many connections as there are locks, one persistent QoS 1 subscriber receives.</li>
 *   <li><b>Lock event → alert on the console</b>: N locks (registered, approved, given secrets through the API, each
 *       its own MQTT connection) publish TAMPER reports at a fixed rate. The first report of a lock opens a
 *       DEVICE_TAMPER alert ({@code AlertOpened}); every later one has another {@code at}, so another evidence key, and
 *       adds evidence ({@code AlertEvidenceAdded}): every event is one alert message. The consumer is the operator
 *       admin's open {@code GET /api/v1/live} stream (what a staff member's alert center sees): latency = the
 *       event's scheduled publish time → its {@code alert} server-sent event read by this benchmark. An event is
 *       matched to its server-sent event through the database: the message names its alert (and evidence id); the
 *       evidence row keeps the report's {@code occurredAt}, which is the {@code at} the lock put in the payload, so
 *       (device, at) → the event. A warm-up of LOW_BATTERY reports (not measured) comes first.</li>
 *   <li><b>Daily pass</b>: a second operator imports 100,000 units through the housing import; households, members,
 *       live leases, approved locks and two weeks of door openings are written straight into its schema with SQL (the
 *       leasing and device APIs would take hours for 100,000); then {@code POST /api/v1/alerts/evaluation} is timed,
 *       twice: the first pass opens the backlog, the second finds everything already open (the steady state).</li>
 * </ol>
 *
 * <p>Arguments: {@code <wlp dir> <server name> <port> <database> <results file> <mqtt port> [locks] [rate] [seconds]
 * [units] [low rate]}: a low rate above 0 adds a second phase at that rate (below what the path keeps up with, to tell
 * queueing from the path's own latency). The database is dropped first. {@code -Dbench.probePassword} as for {@link LockBenchmark}.
 */
public final class AlertBenchmark extends ServerBenchmark {

    private static final String ORG = "bench_alert";
    private static final String DAILY = "bench_alert_daily";
    private static final Pattern ALERT_ID = Pattern.compile("\"alertId\"\\s*:\\s*(\\d+)");
    private static final Pattern EVIDENCE_ID = Pattern.compile("\"evidenceId\"\\s*:\\s*(\\d+)");
    private static final Pattern OCCURRED_AT = Pattern.compile("\"occurredAt\"\\s*:\\s*\"([^\"]+)\"");

    private final String database;
    private final LockLoad load;

    private AlertBenchmark(Path wlp, String server, int port, String database, int mqttPort) {
        super(wlp, server, port);
        this.database = database;
        this.load = new LockLoad(mqttPort);
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("alert")) {
            return;
        }
        dropDatabase(args[3]);
        int locks = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        int rate = args.length > 7 ? Integer.parseInt(args[7]) : 500;
        int seconds = args.length > 8 ? Integer.parseInt(args[8]) : 20;
        int units = args.length > 9 ? Integer.parseInt(args[9]) : 100_000;
        int lowRate = args.length > 10 ? Integer.parseInt(args[10]) : 0;
        AlertBenchmark b = new AlertBenchmark(Path.of(args[0]), args[1], Integer.parseInt(args[2]), args[3],
                Integer.parseInt(args[5]));
        b.withServer(() -> b.measure(Path.of(args[4]), locks, rate, seconds, units, lowRate));
    }

    private void measure(Path results, int locks, int rate, int seconds, int units, int lowRate) throws Exception {
        awaitReady();
        String token = operator(ORG, "基准预警运营", "基准-8");
        awaitJob(token, submit(token, "alert-locks.xlsx", OpcUaBenchmark.workbook("预警基准小区", OpcUaBenchmark.units(locks))));
        line("# Anju alerts benchmark, " + LocalDateTime.now().withNano(0));
        line(machine());
        try (Connection db = Db.open(database); Statement st = db.createStatement()) {
            st.execute("SET search_path TO org_" + ORG);
            LockLoad.Locks registered = LockLoad.register(this, token, db, "BA", locks);
            line(String.format(Locale.ROOT, "%d locks, each its own MQTT connection (QoS 1); %d events/s for %d s%s",
                    locks, rate, seconds, lowRate > 0 ? ", then " + lowRate + " events/s for as long" : ""));
            load.baseline(locks, 0, rate, seconds, List.of(Mode.PACED), this::line);
            toConsole(db, token, registered, rate, seconds, lowRate);
        }
        line("load average after the live part: " + load());
        daily(units);
        line("load average at the end: " + load());
        writeReport(results);
    }

    // ---------------------------------------------------------------- lock event → alert on the live console

    private void toConsole(Connection db, String token, LockLoad.Locks registered, int rate, int seconds, int lowRate)
            throws Exception {
        List<Publisher> locks = load.connect(ORG, registered, db);
        try (Live live = new Live(token)) {
            int warm = Math.max(1_000, 2 * registered.size());
            Map<String, Integer> warmKeys = new ConcurrentHashMap<>();
            long[] warmArrived = new long[warm + 1];
            LockLoad.run("console warm-up (LOW_BATTERY)", locks, new long[warm + 1], warmArrived, warm, rate,
                    msb -> new Resolver(db, live, warmKeys, warmArrived, counters()).started(),
                    trouble("LOW_BATTERY", warmKeys));
            phase(db, live, locks, rate, seconds);
            if (lowRate > 0) {
                phase(db, live, locks, lowRate, seconds);
            }
        } finally {
            LockLoad.disconnect(locks);
        }
    }

    /** {@code rate × seconds} TAMPER reports round-robin over the locks, each timed until its {@code alert} event. */
    private void phase(Connection db, Live live, List<Publisher> locks, int rate, int seconds) throws Exception {
        int n = rate * seconds;
        Map<String, Integer> keys = new ConcurrentHashMap<>();
        AtomicLong[] counts = counters();
        long[] arrived = new long[n + 1];
        String evidenceSql = "SELECT count(*) FROM alert_evidence e JOIN alert a ON a.id = e.alert_id WHERE a.type = 'DEVICE_TAMPER'";
        String outboxSql = "SELECT count(*) FROM outbox_message WHERE address = 'anju.alerts'";
        long evidenceBefore;
        long outboxBefore;
        try (Statement st = db.createStatement()) {
            evidenceBefore = LockLoad.count(st, evidenceSql);
            outboxBefore = LockLoad.count(st, outboxSql);
        }
        Phase p = LockLoad.run("lock event → alert on the console, " + rate + "/s", locks, new long[n + 1], arrived, n,
                rate, msb -> new Resolver(db, live, keys, arrived, counts).started(), trouble("TAMPER", keys));
        line(p.summary("lock TAMPER event → `alert` event on the admin's open /api/v1/live", rate + " events/s"));
        try (Statement st = db.createStatement()) {
            long alerts = LockLoad.count(st, "SELECT count(*) FROM alert WHERE type = 'DEVICE_TAMPER'");
            long evidence = LockLoad.count(st, evidenceSql) - evidenceBefore;
            long outbox = LockLoad.count(st, outboxSql) - outboxBefore;
            long pending = LockLoad.count(st, "SELECT count(*) FROM outbox_message WHERE published_at IS NULL");
            line(String.format(Locale.ROOT, "  published %,d; tamper alerts %,d (one per lock), new evidence rows %,d; "
                            + "alert messages enqueued %,d, still unpublished %,d; delivered on the stream %,d, "
                            + "duplicates %d, stream events not of this phase %d: %s",
                    n, alerts, evidence, outbox, pending, p.arrived, counts[0].get(), counts[1].get(),
                    p.arrived == n && evidence == n && outbox == n ? "no loss" : "LOSS OR MISMATCH"));
        }
    }

    /** [0] duplicates (an event seen twice on the stream), [1] stream events that are not the phase's. */
    private static AtomicLong[] counters() {
        return new AtomicLong[] {new AtomicLong(), new AtomicLong()};
    }

    /** A trouble report of the lock; remembers (device, at) → the event's sequence number. */
    private static LockLoad.Payload trouble(String type, Map<String, Integer> keys) {
        return (eventId, seq, p) -> {
            String at = Instant.now().toString();
            keys.put(p.deviceId() + "\n" + at, seq);
            return ("{\"eventId\":\"" + eventId + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\",\"battery\":"
                    + (type.equals("LOW_BATTERY") ? 15 : 80) + "}").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** What the stream sent: when this benchmark read an {@code alert} event, its alert and evidence (null: opened). */
    private record Seen(long at, long alertId, Long evidenceId) {
    }

    /** The admin's {@code GET /api/v1/live}, read line by line on the HTTP client's thread. */
    private final class Live implements AutoCloseable {
        final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
        private final CountDownLatch ready = new CountDownLatch(1);
        private final java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> response;

        Live(String token) throws Exception {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/live"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            String[] event = {""};
            response = HTTP.sendAsync(r, HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(res -> res.body().forEach(l -> {
                long now = System.nanoTime();
                if (l.startsWith("event:")) {
                    event[0] = l.substring(6).trim();
                    if (event[0].equals("ready")) {
                        ready.countDown();
                    }
                } else if (l.startsWith("data:") && event[0].equals("alert")) {
                    Matcher a = ALERT_ID.matcher(l);
                    Matcher e = EVIDENCE_ID.matcher(l);
                    if (a.find()) {
                        seen.add(new Seen(now, Long.parseLong(a.group(1)), e.find() ? Long.valueOf(e.group(1)) : null));
                    }
                } else if (l.isEmpty()) {
                    event[0] = "";
                }
            }));
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the live stream did not say ready");
            }
            say("the admin's live stream is open");
        }

        @Override
        public void close() {
            HttpResponse<Stream<String>> res = response.getNow(null);
            if (res != null) {
                res.body().close();
            }
            response.cancel(true);
        }
    }

    /**
     * Turns what the stream sent into arrivals: an evidence message's evidence row, an opening message's first evidence
     * row, give the device and the report's {@code occurredAt} = the event's {@code at}.
     */
    private static final class Resolver extends LockLoad.Poll {
        private final Live live;
        private final Map<String, Integer> keys;
        private final long[] arrived;
        private final AtomicLong[] counts;
        private final PreparedStatement evidence;
        private final PreparedStatement opening;
        private final List<Seen> pending = new ArrayList<>();

        Resolver(Connection db, Live live, Map<String, Integer> keys, long[] arrived, AtomicLong[] counts) throws Exception {
            this.live = live;
            this.keys = keys;
            this.arrived = arrived;
            this.counts = counts;
            evidence = db.prepareStatement("SELECT e.id, a.subject_id, e.data FROM alert_evidence e"
                    + " JOIN alert a ON a.id = e.alert_id WHERE e.id = ANY (CAST(? AS bigint[]))");
            opening = db.prepareStatement("SELECT DISTINCT ON (e.alert_id) e.alert_id, a.subject_id, e.data"
                    + " FROM alert_evidence e JOIN alert a ON a.id = e.alert_id WHERE e.alert_id = ANY (CAST(? AS bigint[]))"
                    + " ORDER BY e.alert_id, e.id");
        }

        @Override
        boolean once() throws Exception {
            for (Seen s; (s = live.seen.poll()) != null; ) {
                pending.add(s);
            }
            if (pending.isEmpty()) {
                return false;
            }
            Map<Long, Seen> byEvidence = new LinkedHashMap<>();
            Map<Long, Seen> byAlert = new LinkedHashMap<>();
            for (Seen s : pending) {
                if (s.evidenceId() != null) {
                    byEvidence.put(s.evidenceId(), s);
                } else {
                    byAlert.put(s.alertId(), s);
                }
            }
            int before = pending.size();
            pending.clear();
            resolve(evidence, byEvidence);
            resolve(opening, byAlert);
            pending.addAll(byEvidence.values()); // not visible yet: look again
            pending.addAll(byAlert.values());
            return pending.size() < before;
        }

        private void resolve(PreparedStatement ps, Map<Long, Seen> wanted) throws Exception {
            if (wanted.isEmpty()) {
                return;
            }
            StringJoiner ids = new StringJoiner(",", "{", "}");
            wanted.keySet().forEach(id -> ids.add(String.valueOf(id)));
            ps.setString(1, ids.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Seen s = wanted.remove(rs.getLong(1));
                    Matcher m = OCCURRED_AT.matcher(rs.getString(3));
                    Integer seq = m.find() ? keys.get(rs.getString(2) + "\n" + m.group(1)) : null;
                    if (seq == null) {
                        counts[1].incrementAndGet();
                    } else if (arrived[seq] != 0) {
                        counts[0].incrementAndGet();
                    } else {
                        arrived[seq] = s.at();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- the daily pass over 100,000 units

    private void daily(int units) throws Exception {
        String token = operator(DAILY, "基准日巡运营", "基准-8d");
        long t0 = System.nanoTime();
        awaitJob(token, submit(token, "daily.xlsx", OpcUaBenchmark.workbook("日巡基准小区", OpcUaBenchmark.units(units))));
        long importMs = ms(t0);
        long seedMs;
        Map<String, Long> rows;
        try (Connection db = Db.open(database); Statement st = db.createStatement()) {
            st.execute("SET search_path TO org_" + DAILY);
            t0 = System.nanoTime();
            rows = seed(db);
            seedMs = ms(t0);
        }
        line(String.format(Locale.ROOT, "daily pass: %,d units imported through the housing import in %.1f s; seeded by "
                + "SQL in %.1f s: %s", units, importMs / 1e3, seedMs / 1e3, rows));
        for (String pass : List.of("first (backlog)", "second (steady state)")) {
            t0 = System.nanoTime();
            String r = post(token, "/api/v1/alerts/evaluation", "", "application/json", 200, Duration.ofMinutes(30));
            long passMs = ms(t0);
            long drained = awaitOutbox();
            line(String.format(Locale.ROOT, "  %s pass, POST /api/v1/alerts/evaluation: %.1f s → %s; outbox drained "
                    + "%.1f s after it answered", pass, passMs / 1e3, r, drained / 1e3));
        }
        try (Connection db = Db.open(database); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, severity, count(*) FROM org_" + DAILY + ".alert GROUP BY 1, 2 ORDER BY 1, 2")) {
            StringJoiner j = new StringJoiner(", ");
            while (rs.next()) {
                j.add(rs.getString(1) + "/" + rs.getString(2) + " " + rs.getLong(3));
            }
            line("  alerts open after the passes: " + j);
        }
    }

    /** Waits (at most 10 min) until the daily operator's outbox has published everything; answers the time it took. */
    private long awaitOutbox() throws Exception {
        long t0 = System.nanoTime();
        try (Connection db = Db.open(database); Statement st = db.createStatement()) {
            while (LockLoad.count(st, "SELECT count(*) FROM org_" + DAILY + ".outbox_message WHERE published_at IS NULL") > 0
                    && ms(t0) < 600_000) {
                Thread.sleep(200);
            }
        }
        return ms(t0);
    }

    /**
     * What the rules read, written straight into the schema (setup, not timed): one household of one member per unit
     * (1 % of them elderly living alone: the welfare watch), an ACTIVE lease on every unit started 400–700 days ago and
     * ending 10–1,095 days from now (so ~4.7 % are within the 60-day expiry offset), an approved smart lock on every unit
     * (approved 90 days ago) and, on 98 % of the units, two door openings by the household's card in the last 10 days
     * (the other 2 %: nobody living). No meter readings (the consumption parts of the rules see nothing).
     */
    private Map<String, Long> seed(Connection db) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        String units = "FROM unit u JOIN building b ON b.id = u.building_id JOIN project p ON p.id = u.project_id";
        rows.put("households", insert(db, "household", Map.of("id", "u.id", "number", "'HB' || u.id",
                "eligibility_category", "'SUBSISTENCE'", "status", "'ACTIVE'", "elderly_alone", "u.id % 100 = 7"), units));
        rows.put("members", insert(db, "household_member", Map.of("id", "u.id", "household_id", "u.id",
                "relation", "'SELF'", "name", "'住户' || u.id", "id_type", "'RESIDENT_ID'", "id_number_sealed", "'bench'",
                "id_number_index", "'bench-' || u.id", "applicant", "true"), units));
        rows.put("leases", insert(db, "lease", Map.ofEntries(Map.entry("id", "u.id"), Map.entry("number", "'LB' || u.id"),
                Map.entry("household_id", "u.id"), Map.entry("unit_id", "u.id"), Map.entry("project_id", "u.project_id"),
                Map.entry("building_id", "u.building_id"), Map.entry("unit_label", "p.name || b.name || u.room_number"),
                Map.entry("lease_type_id", "(SELECT min(id) FROM lease_type)"),
                Map.entry("template_id", "(SELECT min(id) FROM contract_template)"), Map.entry("kind", "'NEW'"),
                Map.entry("status", "'ACTIVE'"), Map.entry("start_date", "current_date - 400 - (u.id % 300)::int"),
                Map.entry("end_date", "current_date + 10 + (u.id * 7919 % 1086)::int"),
                Map.entry("monthly_rent", "800"), Map.entry("deposit", "1600"),
                Map.entry("activated_at", "now() - interval '400 days'")), units));
        rows.put("locks", insert(db, "device", Map.ofEntries(Map.entry("id", "u.id"), Map.entry("device_id", "'BD-' || u.id"),
                Map.entry("kind", "'SMART_LOCK'"), Map.entry("serial", "'SN-BD-' || u.id"), Map.entry("model", "'A7'"),
                Map.entry("project_id", "u.project_id"), Map.entry("building_id", "u.building_id"),
                Map.entry("unit_id", "u.id"), Map.entry("registration", "'APPROVED'"), Map.entry("registered_by", "'bench'"),
                Map.entry("decided_by", "'bench'"), Map.entry("decided_at", "now() - interval '90 days'"),
                Map.entry("online", "true"), Map.entry("battery", "80")), units));
        rows.put("door openings", insert(db, "access_record", Map.ofEntries(Map.entry("id", "u.id * 2 + k"),
                Map.entry("occurred_at", "now() - make_interval(hours => ((u.id * 31 + k * 97) % 240)::int)"),
                Map.entry("received_at", "now()"), Map.entry("device_id", "'BD-' || u.id"),
                Map.entry("event_id", "'seed-' || u.id || '-' || k"), Map.entry("unit_id", "u.id"),
                Map.entry("method", "'CARD'"), Map.entry("credential_id", "'R-' || u.id"),
                Map.entry("credential_kind", "'RESIDENT'"), Map.entry("household_id", "u.id")),
                "FROM unit u CROSS JOIN generate_series(0, 1) k WHERE u.id % 50 <> 0"));
        try (Statement st = db.createStatement()) {
            for (String seq : List.of("household_seq", "household_member_seq", "lease_seq", "device_seq", "access_record_seq")) {
                st.execute("SELECT setval('" + seq + "', (SELECT max(id) FROM unit) * 3 + 100)");
            }
            st.execute("ANALYZE");
        }
        return rows;
    }

    /**
     * {@code INSERT INTO table (…) SELECT … from}: the given expressions, and a placeholder by type for every other
     * NOT NULL column without a default (read from the catalogue, so columns added later do not break the seed).
     */
    private static long insert(Connection db, String table, Map<String, String> given, String from) throws Exception {
        Map<String, String> values = new LinkedHashMap<>(given);
        try (PreparedStatement ps = db.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND is_nullable = 'NO'"
                + " AND column_default IS NULL ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    values.putIfAbsent(rs.getString(1), switch (type) {
                        case "character varying", "text" -> "'-'";
                        case "integer", "bigint", "smallint", "numeric" -> "0";
                        case "boolean" -> "false";
                        case "date" -> "current_date";
                        case "timestamp with time zone", "timestamp without time zone" -> "now()";
                        default -> throw new IllegalStateException(table + ": no placeholder for " + type);
                    });
                }
            }
        }
        try (Statement st = db.createStatement()) {
            return st.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") SELECT "
                    + String.join(", ", values.values()) + " " + from);
        }
    }
}
