package org.anju.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks that drive their own Liberty server share: starting and stopping it, waiting until it is ready,
 * signing in and calling the API (HTTP/1.1, a minute per call), and reading a field of a JSON answer without a parser
 * (the benchmarks run in the Maven JVM with only the test class path).
 */
abstract class ServerBenchmark {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final Path wlp;
    final String server;
    final String base;
    /** The lines of the report, printed and appended to the results file at the end ({@link #line}). */
    final List<String> report = new ArrayList<>();

    ServerBenchmark(Path wlp, String server, int port) {
        this.wlp = wlp;
        this.server = server;
        this.base = "http://localhost:" + port;
    }

    /** What runs against the server. */
    interface Work {
        void run() throws Exception;
    }

    /** Drops the benchmark's database (each benchmark starts on a fresh one). */
    static void dropDatabase(String name) throws Exception {
        Bench.registerDriver();
        try (java.sql.Connection c = org.anju.it.support.Db.open("postgres"); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    /** (Re)starts the server, runs the work, and stops the server whatever happens. */
    void withServer(Work work) throws Exception {
        server("stop");
        server("start");
        try {
            work.run();
        } finally {
            server("stop");
        }
    }

    /** The report's line about the machine, with the load average now. */
    static String machine() {
        return String.format(java.util.Locale.ROOT, "machine: %d cores, Java %s, load average at start %s (benchmark, "
                + "broker, server and PostgreSQL on it)", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load());
    }

    /** {@code bin/server start|stop <server>}, waiting for the script. */
    void server(String action) throws Exception {
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    void awaitReady() throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("server not ready");
    }

    String login(String org, String user, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"organization\":\"" + org + "\",\"username\":\"" + user
                        + "\",\"password\":\"" + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return field(r.body(), "token");
    }

    /**
     * Provisions an operator through the platform API (division 330106, admin {@code admin} / {@code Bench@2026});
     * answers its admin's token.
     */
    String operator(String code, String name, String documentNumber) throws Exception {
        String platform = login("platform", "admin", System.getProperty("bench.platformPassword", "Bench@2026"));
        post(platform, "/api/v1/platform/organizations", """
                {"code":"%s","name":"%s","kind":"OPERATOR","divisionCodes":["330106"],
                 "appointment":{"authorityName":"基准市住房保障局","date":"2026-01-01","documentNumber":"%s"},
                 "admin":{"username":"admin","password":"Bench@2026"}}""".formatted(code, name, documentNumber), 201);
        return login(code, "admin", "Bench@2026");
    }

    String get(String token, String path) throws Exception {
        return checked(path, 200, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token));
    }

    String post(String token, String path, String body, int expected) throws Exception {
        return post(token, path, body, "application/json", expected);
    }

    String post(String token, String path, String body, String type, int expected) throws Exception {
        return post(token, path, body, type, expected, Duration.ofMinutes(1));
    }

    String post(String token, String path, String body, String type, int expected, Duration timeout) throws Exception {
        return checked(path, expected, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).timeout(timeout).build());
    }

    private static String checked(String path, int expected, HttpRequest.Builder request) throws Exception {
        return checked(path, expected, request.timeout(Duration.ofMinutes(1)).build());
    }

    private static String checked(String path, int expected, HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** Uploads a housing workbook (all or nothing); answers the import job's id. */
    String submit(String token, String fileName, byte[] body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/imports/housing?fileName=" + fileName + "&mode=ALL_OR_NOTHING"))
                .header("Authorization", "Bearer " + token).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
        }
        return field(r.body(), "id");
    }

    /** Waits until an import job is DONE (else throws); answers its last state. */
    String awaitJob(String token, String id) throws Exception {
        while (true) {
            String body = get(token, "/api/v1/imports/" + id);
            String state = field(body, "state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                if (!state.equals("DONE")) {
                    throw new IllegalStateException("import " + state + ": " + body.substring(0, Math.min(600, body.length())));
                }
                return body;
            }
            Thread.sleep(500);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(300, json.length())));
        }
        return m.group(1);
    }

    /** Adds a line to the report and prints it. */
    void line(String s) {
        report.add(s);
        say(s);
    }

    /** Prints the report and appends it to the results file. */
    void writeReport(Path results) throws IOException {
        String text = String.join("\n", report) + "\n";
        System.out.println();
        System.out.print(text);
        Files.writeString(results, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The machine's load average ({@code /proc/loadavg}). */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static void say(String s) {
        System.out.println("[bench] " + s);
    }
}
