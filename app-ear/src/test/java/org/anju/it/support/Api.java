package org.anju.it.support;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * A small HTTP client for black-box tests against the running server ({@code anju.it.baseUrl}): JSON in, JSON out,
 * bearer tokens, extra headers. No mocks: every call crosses the real network stack into the real server.
 */
public final class Api {

    public static final String BASE = System.getProperty("anju.it.baseUrl", "http://localhost:9180");
    public static final String PLATFORM_PASSWORD = "Anju@2026";

    /*
     * HTTP/1.1 like a browser on plain http: otherwise the JDK client upgrades the first bodiless GET to h2c and every
     * later request on that connection names its organization by :authority from the URI, dropping the Host header the
     * tests set to address an organization by host name (seen as TenantIsolationIT getting 200 instead of 403).
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static {
        awaitReady(Duration.ofMinutes(5));
    }

    /**
     * Waits until the server answers {@code /health/ready} with 200: on a loaded machine the application may still be
     * starting when the first test runs (the start goal returns once the server is up, not the application).
     */
    public static void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(BASE + "/health/ready")).timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            try {
                if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public static Api anonymous() {
        return new Api();
    }

    public static Api as(String organization, String username, String password) {
        Reply r = anonymous().post("/api/v1/auth/login", Json.createObjectBuilder()
                .add("organization", organization).add("username", username).add("password", password).build());
        if (r.status() != 200) {
            throw new AssertionError("login " + username + "@" + organization + " failed: " + r);
        }
        Api api = new Api();
        api.token = r.json().getString("token");
        return api;
    }

    public static Api platformAdmin() {
        return as("platform", "admin", PLATFORM_PASSWORD);
    }

    /** A code nobody used yet, for tests that must not depend on each other. */
    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    public Api header(String name, String value) {
        Api copy = new Api();
        copy.token = token;
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    public Api english() {
        return header("Accept-Language", "en");
    }

    public Api withToken(String t) {
        Api copy = header("X-Noop", "1");
        copy.headers.remove("X-Noop");
        copy.token = t;
        return copy;
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Reply post(String path, JsonStructure body) {
        return send("POST", path, body == null ? null : body.toString(), "application/json");
    }

    public Reply put(String path, JsonStructure body) {
        return send("PUT", path, body.toString(), "application/json");
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Reply postRaw(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    /** POSTs bytes (a file) as the request body. */
    public Reply postBytes(String path, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        b.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new AssertionError("POST " + path + " failed: " + e, e);
        }
    }

    /** GETs bytes (a download). */
    public HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        try {
            return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        }
    }

    public Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    /** One answer. */
    public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonValue parse() {
            try {
                return Json.createReader(new StringReader(body)).readValue();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        /** The message of the problem's error for a field, or null. */
        public String fieldError(String field) {
            JsonArray errors = json().getJsonArray("errors");
            if (errors == null) {
                return null;
            }
            return errors.stream().map(JsonValue::asJsonObject).filter(e -> field.equals(e.getString("field")))
                    .map(e -> e.getString("message")).findFirst().orElse(null);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
