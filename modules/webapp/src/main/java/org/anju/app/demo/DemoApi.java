package org.anju.app.demo;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * A small JSON client of this server's own REST API over the loopback interface, signed in as one user of one
 * organization. The demo is made the way staff and residents would make it, so it takes every rule they meet
 * (permissions, approvals, sealed personal data, e-signature evidence, keys following leases) and no shortcut.
 */
final class DemoApi {

    /** A refused call, with what the server answered (problem+json), so that the log says which step and why. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String what, int status, String body) {
            super(what + " answered " + status + ": " + (body.length() > 500 ? body.substring(0, 500) + "…" : body));
        }
    }

    // HTTP/1.1: no h2c upgrade dance on plain http (see the black-box tests' Api).
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String token;

    private DemoApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    static DemoApi signIn(String base, String organization, String username, String password) {
        JsonObject body = Json.createObjectBuilder().add("organization", organization).add("username", username)
                .add("password", password).build();
        JsonObject r = new DemoApi(base, null).post("/api/v1/auth/login", body).asJsonObject();
        return new DemoApi(base, r.getString("token"));
    }

    /** Whether {@code /health/ready} answers 200: the registry is migrated and start-up (and the demo seed) done. */
    static boolean ready(String base) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(10))
                    .GET().build();
            return CLIENT.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    JsonStructure get(String path) {
        return send("GET", path, null);
    }

    JsonStructure post(String path, JsonStructure body) {
        return send("POST", path, body);
    }

    private JsonStructure send(String method, String path, JsonStructure body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            b.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                    : HttpRequest.BodyPublishers.noBody());
            if (method.equals("POST")) {
                b.header("Content-Type", "application/json");
            }
        }
        HttpResponse<String> r;
        try {
            r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Refused(method + " " + path + " (" + e + ")", 0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(method + " " + path + " (interrupted)", 0, "");
        }
        if (r.statusCode() / 100 != 2) {
            throw new Refused(method + " " + path, r.statusCode(), r.body());
        }
        if (r.body() == null || r.body().isBlank()) {
            return Json.createObjectBuilder().build();
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }
}
