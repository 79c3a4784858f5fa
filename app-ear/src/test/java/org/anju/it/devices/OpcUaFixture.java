package org.anju.it.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;

/** What the OPC UA tests share: an operator's project with units as the simulator names them, endpoint bodies, waits. */
final class OpcUaFixture {

    private OpcUaFixture() {
    }

    /** A project with building 1号楼 and rooms 101–104, 201, 202 (the simulator's first six); answers the unit ids. */
    record Project(long id, long building, long[] units) {
    }

    static Project project(Api api, String name) {
        long p = Housing.project(api, name);
        long b = Housing.building(api, p, "1号楼", 6);
        String[] rooms = {"101", "102", "103", "104", "201", "202"};
        long[] units = new long[rooms.length];
        for (int i = 0; i < rooms.length; i++) {
            units[i] = Housing.unit(api, b, rooms[i], rooms[i].charAt(0) - '0', "45.5");
        }
        return new Project(p, b, units);
    }

    static JsonObjectBuilder endpoint(String name, String url, long projectId, String prefix) {
        return Json.createObjectBuilder().add("name", name).add("url", url).add("securityPolicy", "NONE")
                .add("securityMode", "NONE").add("namespaceUri", "urn:anju:simulator").add("projectId", projectId)
                .add("nodePrefix", prefix).add("enabled", true);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Polls until {@code value} answers something {@code done} accepts; fails with the last answer. */
    static <T> T await(String what, Duration limit, Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what + "; last: " + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }

    static JsonObject ok(Api.Reply r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.json();
    }
}
