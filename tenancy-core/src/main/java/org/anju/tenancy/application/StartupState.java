package org.anju.tenancy.application;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** What start-up achieved, for readiness: the platform schema, and the tenant migrations still running or failed. */
@ApplicationScoped
public class StartupState {

    private volatile boolean platformReady;
    private volatile String platformFailure;
    private volatile Instant readyAt;
    private final AtomicInteger migrationsQueued = new AtomicInteger();
    private final Map<String, String> failedSchemas = new ConcurrentHashMap<>();

    public boolean platformReady() {
        return platformReady;
    }

    public String platformFailure() {
        return platformFailure;
    }

    public Instant readyAt() {
        return readyAt;
    }

    void ready() {
        platformReady = true;
        platformFailure = null;
        readyAt = Instant.now();
    }

    void failed(String reason) {
        platformReady = false;
        platformFailure = reason;
    }

    public int migrationsQueued() {
        return migrationsQueued.get();
    }

    void queued(int n) {
        migrationsQueued.addAndGet(n);
    }

    void dequeued() {
        migrationsQueued.decrementAndGet();
    }

    public Map<String, String> failedSchemas() {
        return Map.copyOf(failedSchemas);
    }

    void schemaFailed(String schema, String error) {
        failedSchemas.put(schema, error == null ? "unknown" : error);
    }

    void schemaCurrent(String schema) {
        failedSchemas.remove(schema);
    }
}
