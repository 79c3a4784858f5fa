package org.anju.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.it.support.Db;

/**
 * Issue 2 benchmark: provisions N operators (default 200) through the API of a real server and prints the median and
 * p95 provisioning time; then compares server start-up (until /health/ready answers UP) with N current schemas
 * against start-up with one. Targets: provisioning median ≤ 2 s; start-up with 200 schemas ≤ 1.5 × start-up with 1.
 *
 * <p>Arguments: {@code <wlp dir> <server name> <port> <database> <N> <results file>}. The database is dropped first.
 */
public final class ProvisioningBenchmark {

    private static final String PASSWORD = "Bench@2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path wlp;
    private final String server;
    private final String base;
    private final String database;

    private ProvisioningBenchmark(Path wlp, String server, int port, String database) {
        this.wlp = wlp;
        this.server = server;
        this.base = "http://localhost:" + port;
        this.database = database;
    }

    public static void main(String[] args) throws Exception {
        if (!Bench.selected("provisioning")) {
            return;
        }
        Bench.registerDriver();
        Path wlp = Path.of(args[0]);
        String server = args[1];
        int port = Integer.parseInt(args[2]);
        String database = args[3];
        int n = Integer.parseInt(args[4]);
        Path results = Path.of(args[5]);
        new ProvisioningBenchmark(wlp, server, port, database).run(n, results);
    }

    private void run(int n, Path results) throws Exception {
        try {
            measure(n, results);
        } finally {
            serverCommand("stop");
        }
    }

    private void measure(int n, Path results) throws Exception {
        try (Connection c = Db.open("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        }
        serverCommand("stop");
        say("first start on an empty database (creates it, migrates the registry)");
        long firstStart = startMillis();
        String token = login();
        List<Long> provisioning = new ArrayList<>();
        provisioning.add(provision(token, "bench_0000"));
        serverCommand("stop");

        List<Long> startOne = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            startOne.add(startMillis());
            serverCommand("stop");
        }

        startMillis();
        token = login();
        for (int i = 1; i < n; i++) {
            provisioning.add(provision(token, String.format(Locale.ROOT, "bench_%04d", i)));
            if (i % 25 == 0) {
                say("provisioned " + (i + 1) + " of " + n);
            }
        }
        serverCommand("stop");
        List<Long> startMany = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            startMany.add(startMillis());
            serverCommand("stop");
        }

        double ratio = (double) median(startMany) / median(startOne);
        String report = String.join("\n",
                "# Anju provisioning benchmark, " + LocalDateTime.now().withNano(0),
                String.format(Locale.ROOT, "machine: %d cores, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                        System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version")),
                String.format(Locale.ROOT, "organizations provisioned: %d (sequential, through POST /api/v1/platform/organizations)", n),
                String.format(Locale.ROOT, "provisioning time: median %d ms, p95 %d ms, min %d ms, max %d ms (target: median <= 2000 ms)",
                        median(provisioning), percentile(provisioning, 95), Collections.min(provisioning), Collections.max(provisioning)),
                String.format(Locale.ROOT, "first start on an empty database: %d ms", firstStart),
                String.format(Locale.ROOT, "start-up with 1 current schema: median %d ms of %s", median(startOne), startOne),
                String.format(Locale.ROOT, "start-up with %d current schemas: median %d ms of %s", n, median(startMany), startMany),
                String.format(Locale.ROOT, "ratio: %.2f (target: <= 1.5)", ratio),
                "");
        System.out.println();
        System.out.println(report);
        Files.writeString(results, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Starts the server and returns the milliseconds until readiness answers UP. */
    private long startMillis() throws Exception {
        long t0 = System.nanoTime();
        serverCommand("start");
        while (true) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("server did not become ready in 5 minutes");
            }
            Thread.sleep(100);
        }
    }

    private long provision(String token, String code) throws Exception {
        String body = """
                {"code":"%s","name":"基准运营公司 %s","kind":"OPERATOR","divisionCodes":["330106"],
                 "appointment":{"authorityName":"基准市住房保障局","date":"2026-01-01","documentNumber":"基准-%s"},
                 "admin":{"username":"admin","password":"%s"}}""".formatted(code, code, code, PASSWORD);
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/platform/organizations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (r.statusCode() != 201) {
            throw new IllegalStateException("provisioning " + code + " answered " + r.statusCode() + ": " + r.body());
        }
        return ms;
    }

    private String login() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"organization\":\"platform\",\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("platform login failed: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private void serverCommand(String action) throws Exception {
        Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void say(String s) {
        System.out.println("[bench] " + s);
    }
}
