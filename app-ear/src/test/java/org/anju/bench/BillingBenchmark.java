package org.anju.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.anju.it.support.Db;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Issue 6 benchmark: a billing run for N leases (default 100,000) through the application path —
 * {@code POST /api/v1/billing-runs}, polled until DONE: bills, bill lines, ledger charges, credit, push — against
 * inserting the same rows with JDBC {@code COPY} in the same run. Targets: the run ≤ 60 s, application ≤ 5 × COPY.
 *
 * <p>Setup, not measured: an operator is provisioned through the platform API, then N lease accounts (each with a
 * monthly property fee, so every bill has two lines) are written straight into the operator's schema with
 * {@code COPY}, bypassing leasing (no households, units or resident accounts exist, so the push step looks for
 * recipients but finds nobody to tell). The statements the run executes are sampled from
 * {@code pg_stat_activity} to show where the time goes.
 *
 * <p>Arguments: {@code <wlp dir> <server name> <port> <database> <leases> <results file>}. The database is dropped
 * first.
 */
public final class BillingBenchmark extends ServerBenchmark {

    private static final String CODE = "bench_billing";
    private static final String SCHEMA = "org_" + CODE;
    private static final String SCRATCH = "bench_copy";
    private static final YearMonth PERIOD = YearMonth.of(2026, 12);

    private final String database;
    private final int leases;

    private BillingBenchmark(Path wlp, String server, int port, String database, int leases) {
        super(wlp, server, port);
        this.database = database;
        this.leases = leases;
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("billing")) {
            return;
        }
        Bench.registerDriver();
        try (Connection c = Db.open("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + args[3] + "\" WITH (FORCE)");
        }
        new BillingBenchmark(Path.of(args[0]), args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]))
                .run(Path.of(args[5]));
    }

    private void run(Path results) throws Exception {
        server("stop");
        server("start");
        try {
            measure(results);
        } finally {
            server("stop");
        }
    }

    private void measure(Path results) throws Exception {
        awaitReady();
        String platform = login("platform", "admin", "Bench@2026");
        post(platform, "/api/v1/platform/organizations", """
                {"code":"%s","name":"基准出账运营","kind":"OPERATOR","divisionCodes":["330106"],
                 "appointment":{"authorityName":"基准市住房保障局","date":"2026-01-01","documentNumber":"基准-6"},
                 "admin":{"username":"admin","password":"Bench@2026"}}""".formatted(CODE), 201);
        String token = login(CODE, "admin", "Bench@2026");

        long seedMs;
        try (Connection c = Db.open(database)) {
            say(String.format(Locale.ROOT, "seeding %,d lease accounts and %,d fee rows with COPY (setup, not timed)", leases, leases));
            long t0 = System.nanoTime();
            seed(c);
            seedMs = ms(t0);
            say("seeded in " + seedMs + " ms");
        }

        // 0. Warm-up: the endpoints and a run for a period no lease touches (creates nothing), as on a server in use.
        get(token, "/api/v1/billing-runs");
        Run warmUp = billingRun(token, YearMonth.of(2020, 1));
        say("warm-up run 2020-01: " + warmUp.summary());

        // 1. The application path, sampled.
        say("billing run " + PERIOD + " through the API");
        Run first = billingRun(token, PERIOD);
        say("first run: " + first.summary());
        String counts;
        try (Connection c = Db.open(database)) {
            counts = verify(c, first);
        }
        say(counts);

        // 2. The same period again: idempotent, nothing created.
        Run second = billingRun(token, PERIOD);
        say("second run: " + second.summary());
        if (second.created != 0) {
            throw new IllegalStateException("the second run created " + second.created + " bills");
        }
        try (Connection c = Db.open(database)) {
            String again = verify(c, first);
            if (!again.equals(counts)) {
                throw new IllegalStateException("the second run changed the rows: " + again);
            }
        }

        // 3. The same rows with COPY into empty tables of the same shape.
        Copy copy;
        try (Connection c = Db.open(database)) {
            copy = copy(c);
        }
        say("COPY: " + copy.totalMs + " ms");

        double ratio = (double) first.ms / copy.totalMs;
        List<String> lines = new ArrayList<>();
        lines.add("# Anju billing benchmark, " + LocalDateTime.now().withNano(0));
        lines.add(String.format(Locale.ROOT, "machine: %d cores, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version")));
        lines.add(String.format(Locale.ROOT, "setup (not timed): %,d lease accounts + %,d monthly fee rows written with COPY "
                + "straight into %s (no households or resident accounts: the push finds nobody to tell): %d ms", leases, leases,
                SCHEMA, seedMs));
        lines.add(String.format(Locale.ROOT, "warm-up (not timed): a billing run for 2020-01, which no lease touches: %,d ms",
                warmUp.ms));
        lines.add(String.format(Locale.ROOT, "application path, billing run %s (POST /api/v1/billing-runs, polled to DONE): "
                        + "%,d ms (target <= 60,000 ms) - leases %,d, created %,d, amount %s",
                PERIOD, first.ms, first.leases, first.created, first.amount));
        lines.add("  server side (run's started_at to finished_at): " + first.serverMs + " ms");
        lines.add("  statements seen in pg_stat_activity (sampled every " + Sampler.EVERY_MS + " ms):");
        for (String s : first.phases) {
            lines.add("    " + s);
        }
        lines.add("  " + counts);
        lines.add(String.format(Locale.ROOT, "application path, second run of %s (idempotent): %,d ms, created %d, server side %d ms",
                PERIOD, second.ms, second.created, second.serverMs));
        for (String s : second.phases) {
            lines.add("    " + s);
        }
        lines.add(String.format(Locale.ROOT, "COPY FROM STDIN of the same rows (%,d bills %.1f MB, %,d lines %.1f MB, %,d ledger "
                        + "entries %.1f MB) into empty tables with the same indexes, unique and foreign keys and triggers, one "
                        + "transaction: %,d ms (bill %d ms, bill_line %d ms, ledger_entry %d ms, commit %d ms)",
                copy.rows[0], copy.bytes[0] / 1e6, copy.rows[1], copy.bytes[1] / 1e6, copy.rows[2], copy.bytes[2] / 1e6,
                copy.totalMs, copy.ms[0], copy.ms[1], copy.ms[2], copy.ms[3]));
        lines.add(String.format(Locale.ROOT, "ratio application / COPY: %.1f (target <= 5)", ratio));
        lines.add("");
        String report = String.join("\n", lines);
        System.out.println();
        System.out.println(report);
        Files.writeString(results, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    // ---- setup

    /** Lease accounts straight into the operator's schema (what leasing would have opened), with one fee each. */
    private void seed(Connection c) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder accounts = new StringBuilder(leases * 200);
        StringBuilder fees = new StringBuilder(leases * 60);
        LocalDate first = LocalDate.of(2024, 1, 1);
        BigDecimal standard = new BigDecimal("15.00");
        BigDecimal propertyFee = new BigDecimal("2.50");
        for (int i = 1; i <= leases; i++) {
            BigDecimal area = new BigDecimal(35 + i % 50).add(new BigDecimal("0.50"));
            BigDecimal share = switch (i % 4) {
                case 0 -> new BigDecimal("0.60");
                case 1 -> new BigDecimal("0.80");
                default -> BigDecimal.ONE;
            };
            BigDecimal rent = area.multiply(standard).multiply(share).setScale(2, RoundingMode.HALF_UP);
            // Starts from 2024-01-01 to 2026-12-16: every lease is live in 2026-12, 1.5 % start in it (pro-rated).
            LocalDate start = first.plusDays(i % 1081);
            LocalDate end = start.plusYears(3).minusDays(1);
            int building = 1 + (i - 1) / 500;
            accounts.append(i).append('\t')
                    .append(String.format(Locale.ROOT, "HT%s%07d", start.getYear(), i)).append('\t')
                    .append(i).append('\t')
                    .append(String.format(Locale.ROOT, "H%08d", i)).append('\t')
                    .append("住户").append(i).append('\t')
                    .append(i).append('\t')
                    .append("基准小区 ").append(building).append("号楼 ").append(100 + (i - 1) % 500).append('\t')
                    .append(1 + i % 20).append('\t')
                    .append(area.toPlainString()).append('\t')
                    .append(rent.toPlainString()).append('\t')
                    .append(rent.multiply(BigDecimal.valueOf(2)).toPlainString()).append('\t')
                    .append(i % 4 == 0 ? "A" : i % 4 == 1 ? "B" : "\\N").append('\t')
                    .append(start).append('\t')
                    .append(end).append('\t')
                    .append("\\N").append('\t')
                    .append("t\t2026-11-01 00:00:00+08\t2026-11-01 00:00:00+08\t0\n");
            fees.append(i).append("\t1\t物业费\tPROPERTY\tMONTHLY\t")
                    .append(area.multiply(propertyFee).setScale(2, RoundingMode.HALF_UP).toPlainString()).append('\n');
        }
        c.setAutoCommit(false);
        copy.copyIn("COPY " + SCHEMA + ".lease_account (lease_id, lease_number, household_id, household_number, payer_name, "
                + "unit_id, unit_label, project_id, area, monthly_rent, deposit, eligibility_category, start_date, end_date, "
                + "billing_until, active, created_at, updated_at, version) FROM STDIN", new StringReader(accounts.toString()));
        copy.copyIn("COPY " + SCHEMA + ".lease_account_fee (lease_id, fee_item_id, name, category, cycle, amount) FROM STDIN",
                new StringReader(fees.toString()));
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            // What autovacuum would have done long before a real billing day.
            st.execute("ANALYZE " + SCHEMA + ".lease_account");
            st.execute("ANALYZE " + SCHEMA + ".lease_account_fee");
            st.execute("CHECKPOINT");
        }
    }

    // ---- the application path

    private record Run(long ms, long serverMs, String status, int leases, int created, String amount, List<String> phases) {
        String summary() {
            return String.format(Locale.ROOT, "%s in %,d ms (server %,d ms): leases %,d, created %,d, amount %s",
                    status, ms, serverMs, leases, created, amount);
        }
    }

    private Run billingRun(String token, YearMonth period) throws Exception {
        try (Sampler sampler = new Sampler(Db.open(database))) {
            sampler.start();
            long t0 = System.nanoTime();
            String body = post(token, "/api/v1/billing-runs", "{\"period\":\"" + period + "\"}", 202);
            String id = field(body, "id");
            while (field(body, "status").equals("RUNNING")) {
                Thread.sleep(50);
                body = get(token, "/api/v1/billing-runs/" + id);
            }
            long ms = ms(t0);
            sampler.stopNow();
            if (!field(body, "status").equals("DONE")) {
                throw new IllegalStateException("billing run ended " + body);
            }
            long serverMs;
            try {
                serverMs = Duration.between(java.time.OffsetDateTime.parse(field(body, "startedAt")),
                        java.time.OffsetDateTime.parse(field(body, "finishedAt"))).toMillis();
            } catch (RuntimeException e) {
                serverMs = -1;
            }
            List<String> phases = new ArrayList<>(sampler.report());
            if (serverMs > 0) {
                phases.add(String.format(Locale.ROOT, "%-58s %,7d ms", "outside these statements (Java, short statements)",
                        Math.max(0, serverMs - sampler.total())));
            }
            return new Run(ms, serverMs, field(body, "status"), Integer.parseInt(field(body, "leases")),
                    Integer.parseInt(field(body, "created")), field(body, "amount"), phases);
        }
    }

    /** Counts and sums of what the run wrote; throws when they are not what N leases must give. */
    private String verify(Connection c, Run run) throws Exception {
        String p = PERIOD.toString();
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + SCHEMA);
            long bills = single(st, "SELECT count(*) FROM bill WHERE period = '" + p + "'");
            long lines = single(st, "SELECT count(*) FROM bill_line l JOIN bill b ON b.id = l.bill_id WHERE b.period = '" + p + "'");
            long charges = single(st, "SELECT count(*) FROM ledger_entry e JOIN bill b ON b.id = e.bill_id "
                    + "WHERE e.kind = 'CHARGE' AND b.period = '" + p + "'");
            // A push is recorded where somebody was told; the seed has no resident accounts (and SMS is off).
            long pushed = single(st, "SELECT count(*) FROM bill WHERE period = '" + p + "' AND pushed_at IS NOT NULL");
            BigDecimal billSum = decimal(st, "SELECT sum(amount) FROM bill WHERE period = '" + p + "'");
            BigDecimal lineSum = decimal(st, "SELECT sum(l.amount) FROM bill_line l JOIN bill b ON b.id = l.bill_id WHERE b.period = '" + p + "'");
            BigDecimal chargeSum = decimal(st, "SELECT sum(e.amount) FROM ledger_entry e JOIN bill b ON b.id = e.bill_id "
                    + "WHERE e.kind = 'CHARGE' AND b.period = '" + p + "'");
            List<String> wrong = new ArrayList<>();
            if (bills != leases) {
                wrong.add("bills " + bills);
            }
            if (lines != 2L * leases) {
                wrong.add("lines " + lines);
            }
            if (charges != leases) {
                wrong.add("charges " + charges);
            }
            if (billSum.compareTo(lineSum) != 0 || billSum.compareTo(chargeSum) != 0
                    || billSum.compareTo(new BigDecimal(run.amount)) != 0) {
                wrong.add("sums: bills " + billSum + ", lines " + lineSum + ", charges " + chargeSum + ", run " + run.amount);
            }
            if (!wrong.isEmpty()) {
                throw new IllegalStateException("unexpected rows after the run: " + wrong);
            }
            return String.format(Locale.ROOT, "verified with SQL: %,d bills, %,d bill lines, %,d ledger CHARGE entries, "
                    + "%,d with a push recorded; sum of bills = sum of lines = sum of charges = %s", bills, lines, charges,
                    pushed, billSum);
        }
    }

    // ---- the same rows with COPY

    private record Copy(long totalMs, long[] ms, long[] rows, long[] bytes) {
    }

    /**
     * Takes the rows the application wrote (COPY TO STDOUT into memory), then times COPY FROM STDIN of them into empty
     * tables of a scratch schema created LIKE the real ones INCLUDING ALL (columns, defaults, primary and unique keys,
     * the partial unique indexes of the ledger, all other indexes), with the same foreign keys and the ledger's
     * trigger (which fires on UPDATE and DELETE only, as on the real table).
     */
    private Copy copy(Connection c) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String p = PERIOD.toString();
        String[] sources = {
                "SELECT * FROM " + SCHEMA + ".bill WHERE period = '" + p + "' ORDER BY id",
                "SELECT l.* FROM " + SCHEMA + ".bill_line l JOIN " + SCHEMA + ".bill b ON b.id = l.bill_id "
                        + "WHERE b.period = '" + p + "' ORDER BY l.bill_id, l.line_no",
                "SELECT e.* FROM " + SCHEMA + ".ledger_entry e JOIN " + SCHEMA + ".bill b ON b.id = e.bill_id "
                        + "WHERE e.kind = 'CHARGE' AND b.period = '" + p + "' ORDER BY e.id"};
        String[] tables = {"bill", "bill_line", "ledger_entry"};
        byte[][] data = new byte[3][];
        long[] rows = new long[3];
        long[] bytes = new long[3];
        for (int i = 0; i < 3; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            rows[i] = copy.copyOut("COPY (" + sources[i] + ") TO STDOUT", out);
            data[i] = out.toByteArray();
            bytes[i] = data[i].length;
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCRATCH + " CASCADE");
            st.execute("CREATE SCHEMA " + SCRATCH);
            st.execute("CREATE TABLE " + SCRATCH + ".bill (LIKE " + SCHEMA + ".bill INCLUDING ALL)");
            st.execute("ALTER TABLE " + SCRATCH + ".bill ADD CONSTRAINT bill_lease_fk FOREIGN KEY (lease_id) REFERENCES "
                    + SCHEMA + ".lease_account (lease_id)");
            st.execute("CREATE TABLE " + SCRATCH + ".bill_line (LIKE " + SCHEMA + ".bill_line INCLUDING ALL)");
            st.execute("ALTER TABLE " + SCRATCH + ".bill_line ADD CONSTRAINT bill_line_bill_fk FOREIGN KEY (bill_id) REFERENCES "
                    + SCRATCH + ".bill (id)");
            st.execute("CREATE TABLE " + SCRATCH + ".ledger_entry (LIKE " + SCHEMA + ".ledger_entry INCLUDING ALL)");
            st.execute("ALTER TABLE " + SCRATCH + ".ledger_entry ADD CONSTRAINT ledger_entry_lease_fk FOREIGN KEY (lease_id) "
                    + "REFERENCES " + SCHEMA + ".lease_account (lease_id)");
            st.execute("CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON " + SCRATCH + ".ledger_entry "
                    + "FOR EACH ROW EXECUTE FUNCTION " + SCHEMA + ".ledger_entry_immutable()");
            for (String t : tables) {
                String shape = "SELECT (SELECT count(*) FROM pg_indexes WHERE schemaname = '%s' AND tablename = '" + t + "') || ' indexes, ' "
                        + "|| (SELECT count(*) FROM pg_constraint WHERE conrelid = '%s." + t + "'::regclass) || ' constraints, ' "
                        + "|| (SELECT count(*) FROM pg_trigger WHERE tgrelid = '%s." + t + "'::regclass AND NOT tgisinternal) || ' triggers'";
                String real = text(st, shape.formatted(SCHEMA, SCHEMA, SCHEMA));
                String scratch = text(st, shape.formatted(SCRATCH, SCRATCH, SCRATCH));
                if (!real.equals(scratch)) {
                    throw new IllegalStateException(t + ": " + real + " in " + SCHEMA + ", " + scratch + " in " + SCRATCH);
                }
                say(t + ": " + real + " (same in " + SCRATCH + ")");
            }
            st.execute("CHECKPOINT");
        }
        long[] ms = new long[4];
        c.setAutoCommit(false);
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            long n = copy.copyIn("COPY " + SCRATCH + "." + tables[i] + " FROM STDIN", new ByteArrayInputStream(data[i]));
            ms[i] = ms(t);
            if (n != rows[i]) {
                throw new IllegalStateException("COPY " + tables[i] + " wrote " + n + " of " + rows[i]);
            }
        }
        long t = System.nanoTime();
        c.commit();
        ms[3] = ms(t);
        long total = ms(t0);
        c.setAutoCommit(true);
        return new Copy(total, ms, rows, bytes);
    }

    // ---- statement sampling

    /**
     * Samples the server's active statements in the bench database every few milliseconds; reports each statement seen
     * with how long it ran (from its query_start to the last sample that still saw it).
     */
    private static final class Sampler extends Thread implements AutoCloseable {

        static final int EVERY_MS = 20;

        private final Connection c;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Map<String, long[]> seen = new LinkedHashMap<>();
        private final Map<String, String> texts = new LinkedHashMap<>();
        private Timestamp origin;

        Sampler(Connection c) {
            this.c = c;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT clock_timestamp()")) {
                    rs.next();
                    origin = rs.getTimestamp(1);
                }
                while (!stop.get()) {
                    try (ResultSet rs = st.executeQuery("SELECT clock_timestamp(), pid, query_start, query FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND state = 'active' AND application_name = 'anju' "
                            + "AND pid <> pg_backend_pid()")) {
                        while (rs.next()) {
                            long now = rs.getTimestamp(1).getTime();
                            Timestamp started = rs.getTimestamp(3);
                            String key = rs.getInt(2) + "@" + started.getTime() + ":" + started.getNanos();
                            long[] span = seen.computeIfAbsent(key, k -> new long[] {started.getTime(), now});
                            span[1] = now;
                            texts.putIfAbsent(key, rs.getString(4));
                        }
                    }
                    Thread.sleep(EVERY_MS);
                }
            } catch (Exception e) {
                say("sampler stopped: " + e);
            }
        }

        void stopNow() throws InterruptedException {
            stop.set(true);
            join();
        }

        /** Milliseconds the sampled statements ran in all. */
        long total() {
            return seen.values().stream().mapToLong(span -> span[1] - span[0]).sum();
        }

        List<String> report() {
            List<String> out = new ArrayList<>();
            Map<String, long[]> byLabel = new LinkedHashMap<>();
            seen.entrySet().stream().sorted((a, b) -> Long.compare(a.getValue()[0], b.getValue()[0])).forEach(e -> {
                long[] span = e.getValue();
                long[] sum = byLabel.computeIfAbsent(label(texts.get(e.getKey())), k -> new long[] {span[0], 0, 0});
                sum[1] += span[1] - span[0];
                sum[2]++;
            });
            long zero = origin == null ? 0 : origin.getTime();
            byLabel.forEach((label, sum) -> {
                if (sum[1] >= (label.startsWith("other") ? 20 : 1)) {
                    out.add(String.format(Locale.ROOT, "%-58s %,7d ms%s (from +%,d ms)", label, sum[1],
                            sum[2] > 1 ? " in " + sum[2] + " statements" : "", sum[0] - zero));
                }
            });
            return out;
        }

        private static String label(String sql) {
            String s = sql.replaceAll("\\s+", " ");
            if (s.startsWith("INSERT INTO bill (")) {
                return "bills: INSERT INTO bill ... SELECT (ON CONFLICT)";
            }
            if (s.startsWith("INSERT INTO bill_line") && s.contains("lease_account_fee")) {
                return "fee lines: INSERT INTO bill_line ... SELECT";
            }
            if (s.startsWith("INSERT INTO bill_line")) {
                return "rent lines: INSERT INTO bill_line ... SELECT";
            }
            if (s.startsWith("UPDATE bill b SET amount")) {
                return "totals: UPDATE bill ... FROM (sum of lines)";
            }
            if (s.startsWith("INSERT INTO ledger_entry")) {
                return "charges: INSERT INTO ledger_entry ... SELECT";
            }
            if (s.startsWith("SELECT DISTINCT b.lease_id")) {
                return "credit: leases of the run holding credit";
            }
            if (s.startsWith("SELECT id, lease_id, household_id")) {
                return "push: bills of the run read into Java";
            }
            if (s.contains("household_member")) {
                return "push: resident accounts of the households (chunks of 1,000)";
            }
            if (s.startsWith("UPDATE bill SET pushed_at")) {
                return "push: UPDATE bill SET pushed_at";
            }
            if (s.startsWith("SELECT count(*) FROM lease_account")) {
                return "leases touched: count(*) FROM lease_account";
            }
            if (s.startsWith("SELECT COALESCE(sum(amount), 0) FROM bill")) {
                return "run amount: sum(amount) FROM bill";
            }
            if (s.equalsIgnoreCase("COMMIT")) {
                return "COMMIT";
            }
            return "other: " + s.substring(0, Math.min(50, s.length()));
        }

        @Override
        public void close() throws Exception {
            stop.set(true);
            join();
            c.close();
        }
    }

    // ---- helpers

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BigDecimal decimal(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            BigDecimal v = rs.getBigDecimal(1);
            return v == null ? BigDecimal.ZERO : v;
        }
    }

    private static String text(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

}
