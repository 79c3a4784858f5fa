package org.anju.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.anju.it.support.Db;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Issue 4 benchmark: imports 50,000 unit rows (rows/s, through the real upload and job), then measures the status
 * board API for projects of 2,000 and 10,000 units (median, p95; target ≤ 300 ms for 2,000).
 *
 * <p>Arguments: {@code <wlp dir> <server name> <port> <database> <results file>}. The database is dropped first.
 */
public final class HousingBenchmark extends ServerBenchmark {

    private HousingBenchmark(Path wlp, String server, int port) {
        super(wlp, server, port);
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("housing")) {
            return;
        }
        Bench.registerDriver();
        try (Connection c = Db.open("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + args[3] + "\" WITH (FORCE)");
        }
        new HousingBenchmark(Path.of(args[0]), args[1], Integer.parseInt(args[2])).run(Path.of(args[4]));
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
                {"code":"bench_housing","name":"基准房源运营","kind":"OPERATOR","divisionCodes":["330106"],
                 "appointment":{"authorityName":"基准市住房保障局","date":"2026-01-01","documentNumber":"基准-1"},
                 "admin":{"username":"admin","password":"Bench@2026"}}""", "application/json", 201);
        String token = login("bench_housing", "admin", "Bench@2026");

        say("building a workbook of 50,000 units");
        byte[] big = workbook("五万户小区", 100, 20, 25);
        long t0 = System.nanoTime();
        String job = submit(token, "big.xlsx", big);
        String body = awaitJob(token, job);
        String done = "created " + field(body, "created") + ", errors " + field(body, "errorRows");
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        say("import finished: " + done);
        double rowsPerSecond = 50_100 / (importMs / 1000.0);

        say("importing projects of 10,000 and 2,000 units");
        awaitJob(token, submit(token, "ten.xlsx", workbook("一万户小区", 20, 20, 25)));
        awaitJob(token, submit(token, "two.xlsx", workbook("两千户小区", 4, 20, 25)));
        long tenId = projectId(token, "一万户小区");
        long twoId = projectId(token, "两千户小区");
        List<Long> board10k = time(token, "/api/v1/projects/" + tenId + "/status-board", 20);
        List<Long> board2k = time(token, "/api/v1/projects/" + twoId + "/status-board", 30);
        List<Long> board10kOneBuilding = time(token, "/api/v1/projects/" + tenId + "/status-board?status=VACANT&minArea=40", 20);

        String report = String.join("\n",
                "# Anju housing benchmark, " + LocalDateTime.now().withNano(0),
                String.format(Locale.ROOT, "machine: %d cores, Java %s", Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version")),
                String.format(Locale.ROOT, "import of 50,000 unit rows (+100 buildings, 1 project; xlsx %.1f MB, ALL_OR_NOTHING, "
                        + "upload to DONE): %d ms = %.0f rows/s", big.length / 1e6, importMs, rowsPerSecond),
                String.format(Locale.ROOT, "status board, 2,000-unit project: median %d ms, p95 %d ms (target <= 300 ms)",
                        percentile(board2k, 50), percentile(board2k, 95)),
                String.format(Locale.ROOT, "status board, 10,000-unit project: median %d ms, p95 %d ms",
                        percentile(board10k, 50), percentile(board10k, 95)),
                String.format(Locale.ROOT, "status board, 10,000-unit project filtered (status, area): median %d ms, p95 %d ms",
                        percentile(board10kOneBuilding, 50), percentile(board10kOneBuilding, 95)),
                "");
        System.out.println();
        System.out.println(report);
        Files.writeString(results, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static byte[] workbook(String project, int buildings, int floors, int roomsPerFloor) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "bench", "1.0");
        Worksheet p = wb.newWorksheet("项目");
        header(p, "项目名称*", "地址*", "行政区划代码*");
        p.value(1, 0, project);
        p.value(1, 1, "西湖区基准路 1 号");
        p.value(1, 2, "330106");
        Worksheet b = wb.newWorksheet("楼栋");
        header(b, "项目名称*", "楼栋*", "总楼层*", "电梯(有/无)", "建成年份");
        for (int i = 1; i <= buildings; i++) {
            b.value(i, 0, project);
            b.value(i, 1, i + "号楼");
            b.value(i, 2, floors);
            b.value(i, 3, "有");
            b.value(i, 4, 2015);
        }
        p.finish();
        b.finish();
        Worksheet u = wb.newWorksheet("房源");
        header(u, "项目名称*", "楼栋*", "房号*", "楼层*", "户型*", "面积(㎡)*", "朝向", "产权证号", "产权单位", "租金标准", "房源管理员", "房态");
        String[] layouts = {"一室一厅", "两室一厅", "两室两厅", "三室一厅"};
        String[] statuses = {"空置", "待分配", "已入住", "维修中", "已入住", "已入住"};
        int r = 1;
        for (int i = 1; i <= buildings; i++) {
            for (int f = 1; f <= floors; f++) {
                for (int k = 1; k <= roomsPerFloor; k++) {
                    u.value(r, 0, project);
                    u.value(r, 1, i + "号楼");
                    u.value(r, 2, String.format(Locale.ROOT, "%d%02d", f, k));
                    u.value(r, 3, f);
                    u.value(r, 4, layouts[(r) % layouts.length]);
                    u.value(r, 5, new BigDecimal(35 + (r % 50)).add(new BigDecimal("0.50")));
                    u.value(r, 6, "南");
                    u.value(r, 7, "浙(2015)杭州市不动产权第" + r + "号");
                    u.value(r, 8, "杭州市住房保障中心");
                    u.value(r, 9, "A类");
                    u.value(r, 10, "李四");
                    u.value(r, 11, statuses[r % statuses.length]);
                    r++;
                }
            }
            if (i % 10 == 0) {
                u.flush();
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static void header(Worksheet ws, String... names) {
        for (int i = 0; i < names.length; i++) {
            ws.value(0, i, names[i]);
        }
    }

    private long projectId(String token, String name) throws Exception {
        String body = get(token, "/api/v1/projects?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        return Long.parseLong(field(body, "id"));
    }

    private List<Long> time(String token, String path, int n) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(token, path);
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            get(token, path);
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        return ms;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

}
