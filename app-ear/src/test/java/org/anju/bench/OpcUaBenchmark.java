package org.anju.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.anju.it.support.Db;
import org.anju.simulator.Simulator;
import org.anju.simulator.model.UnitLayout;
import org.anju.simulator.model.UnitSpec;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Issue 7 benchmark, OPC UA ingest: the simulator's OPC UA server in this JVM with enough units for 20,000 monitored
 * nodes (water, electricity and online per unit; an hour a second, so nearly every reading changes every second), one
 * gateway configured and auto-mapped through the API, then a measured window: readings stored per second (rows in
 * {@code meter_reading}), the client's queue backlog, and the age of the newest stored electricity reading per meter
 * (how far storing is behind the meters; up to the 1 s publishing interval even when nothing waits).
 *
 * <p>Arguments: {@code <wlp dir> <server name> <port> <database> <results file> [nodes] [window seconds]}. The
 * database is dropped first. {@code -Dbench.platformPassword} if the server's platform admin is not the bench one.
 */
public final class OpcUaBenchmark extends ServerBenchmark {

    private static final int PER_BUILDING = 1_000;
    private static final int PER_FLOOR = 25;

    private final String database;

    private OpcUaBenchmark(Path wlp, String server, int port, String database) {
        super(wlp, server, port);
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("opcua")) {
            return;
        }
        Bench.registerDriver();
        try (Connection c = Db.open("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + args[3] + "\" WITH (FORCE)");
        }
        int nodes = args.length > 5 ? Integer.parseInt(args[5]) : 20_000;
        int window = args.length > 6 ? Integer.parseInt(args[6]) : 60;
        new OpcUaBenchmark(Path.of(args[0]), args[1], Integer.parseInt(args[2]), args[3])
                .run(Path.of(args[4]), nodes, window);
    }

    private void run(Path results, int nodes, int window) throws Exception {
        server("stop");
        server("start");
        try {
            measure(results, nodes, window);
        } finally {
            server("stop");
        }
    }

    private void measure(Path results, int nodes, int window) throws Exception {
        awaitReady();
        String password = System.getProperty("bench.platformPassword", "Bench@2026");
        String platform = login("platform", "admin", password);
        post(platform, "/api/v1/platform/organizations", """
                {"code":"bench_opcua","name":"基准楼宇运营","kind":"OPERATOR","divisionCodes":["330106"],
                 "appointment":{"authorityName":"基准市住房保障局","date":"2026-01-01","documentNumber":"基准-7"},
                 "admin":{"username":"admin","password":"Bench@2026"}}""", 201);
        String token = login("bench_opcua", "admin", "Bench@2026");

        int unitCount = (nodes + 2) / 3;
        List<UnitSpec> units = units(unitCount);
        say("importing " + unitCount + " units for " + unitCount * 3 + " meter nodes");
        awaitJob(token, submit(token, "opcua.xlsx", workbook("表计基准小区", units)));
        String projectId = field(get(token, "/api/v1/projects?q=%E8%A1%A8%E8%AE%A1"), "id");

        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        say("starting the simulator's OPC UA server (" + units.size() + " units) on port " + port);
        try (Simulator sim = Simulator.builder().units(units).withoutLocks().opcUaPort(port).speed(3600).seed(7)
                .quiet().start()) {
            String endpoint = post(token, "/api/v1/opcua/endpoints", "{\"name\":\"基准网关\",\"url\":\""
                    + sim.meters().endpointUrl() + "\",\"securityPolicy\":\"NONE\",\"securityMode\":\"NONE\","
                    + "\"namespaceUri\":\"urn:anju:simulator\",\"projectId\":" + projectId
                    + ",\"nodePrefix\":\"BENCH\",\"enabled\":true}", 201);
            String id = field(endpoint, "id");
            long t0 = System.nanoTime();
            String mapped = post(token, "/api/v1/opcua/endpoints/" + id + "/nodes/auto-map",
                    "{\"source\":\"BROWSE\",\"replace\":true}", 200);
            long browseMs = ms(t0);
            int mappedNodes = Integer.parseInt(field(mapped, "mapped"));
            say("auto-map by browsing: " + mappedNodes + " nodes in " + browseMs + " ms (" + mapped.substring(0,
                    Math.min(200, mapped.length())) + ")");

            t0 = System.nanoTime();
            String state;
            do {
                Thread.sleep(500);
                state = get(token, "/api/v1/opcua/endpoints/" + id);
            } while (!(field(state, "state").equals("CONNECTED") && Integer.parseInt(field(state, "monitoredItems")) == mappedNodes)
                    && ms(t0) < 300_000);
            long subscribeMs = ms(t0);
            say("connected with " + field(state, "monitoredItems") + " monitored items " + subscribeMs
                    + " ms after the map was written");

            say("warming up 20 s");
            Thread.sleep(20_000);
            try (Connection c = Db.open(database); Statement st = c.createStatement()) {
                st.execute("SET search_path TO org_bench_opcua");
                long rows0 = count(st, "SELECT count(*) FROM meter_reading");
                long t1 = System.nanoTime();
                List<Double> ages = new ArrayList<>();
                int maxBacklog = 0;
                long end = System.nanoTime() + Duration.ofSeconds(window).toNanos();
                while (System.nanoTime() < end) {
                    Thread.sleep(2_000);
                    maxBacklog = Math.max(maxBacklog, Integer.parseInt(field(get(token, "/api/v1/opcua/endpoints/" + id),
                            "backlog")));
                    try (ResultSet rs = st.executeQuery("SELECT extract(epoch FROM now() - received_at) "
                            + "FROM meter_state WHERE kind = 'ELECTRICITY'")) {
                        while (rs.next()) {
                            ages.add(rs.getDouble(1));
                        }
                    }
                }
                long rows1 = count(st, "SELECT count(*) FROM meter_reading");
                double seconds = (System.nanoTime() - t1) / 1e9;
                double perSecond = (rows1 - rows0) / seconds;
                long daily = count(st, "SELECT count(*) FROM meter_daily");
                Collections.sort(ages);
                String report = String.join("\n",
                        "# Anju OPC UA ingest benchmark, " + LocalDateTime.now().withNano(0),
                        String.format(Locale.ROOT, "machine: %d cores, Java %s (simulator, benchmark and server on it)",
                                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")),
                        String.format(Locale.ROOT, "gateway: %d units, %d monitored nodes (water, electricity, online), "
                                + "simulator at 3600x: readings change every second", units.size(), mappedNodes),
                        String.format(Locale.ROOT, "auto-map by browsing the gateway: %d ms; subscribed and connected "
                                + "%d ms after", browseMs, subscribeMs),
                        String.format(Locale.ROOT, "readings stored over %.0f s: %d = %.0f readings/s; queue backlog at "
                                + "most %d values", seconds, rows1 - rows0, perSecond, maxBacklog),
                        String.format(Locale.ROOT, "age of the newest stored electricity reading per meter (%d samples): "
                                + "median %.1f s, p99 %.1f s", ages.size(), pct(ages, 50), pct(ages, 99)),
                        String.format(Locale.ROOT, "meter_daily rows after the run: %d", daily),
                        "");
                System.out.println();
                System.out.println(report);
                Files.writeString(results, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            post(token, "/api/v1/opcua/endpoints/" + id, "", 204, "DELETE");
        }
    }

    /** Buildings 1, 2, … of 1,000 units (40 floors of 25), rooms as the housing import below names them. */
    static List<UnitSpec> units(int count) {
        List<UnitSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int building = i / PER_BUILDING + 1;
            int position = i % PER_BUILDING;
            String room = UnitLayout.roomNumber(position, PER_FLOOR);
            String deviceId = UnitLayout.defaultDeviceId("BENCH", String.valueOf(building), room);
            out.add(new UnitSpec(i, "BENCH", String.valueOf(building), room, deviceId, UnitLayout.defaultSecret(deviceId),
                    UnitLayout.defaultProfile(position), UnitLayout.defaultAnomaly(position), false, 80));
        }
        return out;
    }

    static byte[] workbook(String project, List<UnitSpec> units) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "bench", "1.0");
        Worksheet p = wb.newWorksheet("项目");
        header(p, "项目名称*", "地址*", "行政区划代码*");
        p.value(1, 0, project);
        p.value(1, 1, "西湖区基准路 7 号");
        p.value(1, 2, "330106");
        Worksheet b = wb.newWorksheet("楼栋");
        header(b, "项目名称*", "楼栋*", "总楼层*", "电梯(有/无)", "建成年份");
        int buildings = (units.size() + PER_BUILDING - 1) / PER_BUILDING;
        for (int i = 1; i <= buildings; i++) {
            b.value(i, 0, project);
            b.value(i, 1, i + "号楼");
            b.value(i, 2, PER_BUILDING / PER_FLOOR);
            b.value(i, 3, "有");
            b.value(i, 4, 2015);
        }
        p.finish();
        b.finish();
        Worksheet u = wb.newWorksheet("房源");
        header(u, "项目名称*", "楼栋*", "房号*", "楼层*", "户型*", "面积(㎡)*", "朝向", "产权证号", "产权单位", "租金标准",
                "房源管理员", "房态");
        int r = 1;
        for (UnitSpec s : units) {
            u.value(r, 0, project);
            u.value(r, 1, s.building() + "号楼");
            u.value(r, 2, s.room());
            u.value(r, 3, Integer.parseInt(s.room()) / 100);
            u.value(r, 4, "一室一厅");
            u.value(r, 5, new BigDecimal("45.50"));
            u.value(r, 6, "南");
            u.value(r, 11, "已入住");
            r++;
        }
        wb.finish();
        return out.toByteArray();
    }

    private static void header(Worksheet ws, String... names) {
        for (int i = 0; i < names.length; i++) {
            ws.value(0, i, names[i]);
        }
    }

    private String post(String token, String path, String body, int expected, String method) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
