package org.anju.it.devices;

import static org.anju.it.devices.LockKeysIT.registerLock;
import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * No lock event is lost across a restart of the server (issue 7, R6.1a): a lock streams door openings while the
 * server, and with it the embedded broker, is killed (SIGKILL) and started again. What the broker acknowledged is in its
 * journal and reaches the platform's persistent subscription after the restart; what the lock could not send it keeps
 * and sends once it reconnects, as a real lock buffers. Every event ends up stored exactly once.
 *
 * <p>Restarts the shared IT server with Liberty's own script, and waits for it to be ready before it returns, so the
 * tests after it see the server as before.
 */
public class LockRestartIT {

    static final Path WLP = Path.of(System.getProperty("anju.it.wlp", "target/liberty/wlp"));
    static final String SERVER = System.getProperty("anju.it.server", "anju-it");
    static final int EVENTS = 400;
    static final int PER_SECOND = 40;

    @Test
    void aStreamOfDoorOpeningsSurvivesAServerRestartWithNothingLostOrDoubled() throws Exception {
        Leasing.Operator a = Leasing.operator("rsa");
        Api admin = a.admin();
        long unit = Leasing.pendingUnit(admin, "301");
        String deviceId = "LK-" + a.code() + "-301";
        String[] reg = registerLock(admin, unit, deviceId);

        MqttAsyncClient lock = new MqttAsyncClient(LockKeysIT.MQTT, a.code() + "-" + deviceId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(1000);
        o.setMaxInflight(1000);
        o.setUserName(deviceId);
        o.setPassword(reg[1].toCharArray());
        lock.connect(o).waitForCompletion(10_000);
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(EVENTS);
        buffer.setPersistBuffer(false);
        buffer.setDeleteOldestMessages(false);
        lock.setBufferOpts(buffer);

        String topic = "anju/" + a.code() + "/lock/" + deviceId + "/event";
        List<IMqttDeliveryToken> sent = new ArrayList<>();
        Thread restart = null;
        java.util.concurrent.atomic.AtomicReference<Throwable> restartFailed = new java.util.concurrent.atomic.AtomicReference<>();
        long pace = TimeUnit.SECONDS.toNanos(1) / PER_SECOND;
        long next = System.nanoTime();
        try {
            for (int i = 0; i < EVENTS; i++) {
                if (i == EVENTS / 4) {
                    // a quarter in, the server goes down and comes back while the lock keeps opening the door
                    restart = new Thread(() -> {
                        try {
                            restartServer();
                        } catch (Throwable t) {
                            restartFailed.set(t);
                        }
                    }, "restart-" + SERVER);
                    restart.start();
                }
                MqttMessage m = new MqttMessage(Json.createObjectBuilder().add("eventId", UUID.randomUUID().toString())
                        .add("type", "DOOR_OPENED").add("at", Instant.now().toString()).add("method", "KEY")
                        .add("credentialId", "KEY").add("battery", 90).build().toString().getBytes(StandardCharsets.UTF_8));
                m.setQos(1);
                sent.add(publish(lock, topic, m));
                next += pace;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            if (restart != null) {
                restart.join(TimeUnit.MINUTES.toMillis(6));
            }
            if (restartFailed.get() != null) {
                throw new AssertionError("the restart failed", restartFailed.get());
            }
            Api.awaitReady(Duration.ofMinutes(3));
            for (IMqttDeliveryToken t : sent) {
                t.waitForCompletion(120_000); // the broker took each one (PUBACK), some only after the restart
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int stored = 0;
            while (System.nanoTime() < deadline) {
                stored = ok(admin.get("/api/v1/access-records?unitId=" + unit + "&size=1")).getInt("total");
                if (stored >= EVENTS) {
                    break;
                }
                Thread.sleep(500);
            }
            Thread.sleep(2000); // a late duplicate would show now
            stored = ok(admin.get("/api/v1/access-records?unitId=" + unit + "&size=1")).getInt("total");
            assertThat(stored).as("door openings stored after the restart, each once").isEqualTo(EVENTS);
        } finally {
            if (lock.isConnected()) {
                lock.disconnect().waitForCompletion(5_000);
            }
            lock.close(true);
        }
    }

    /** Publishes, riding out the moments when the client is between connections and its buffer not yet engaged. */
    static IMqttDeliveryToken publish(MqttAsyncClient lock, String topic, MqttMessage m) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return lock.publish(topic, m);
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                if (attempt > 600) {
                    throw new AssertionError("the lock could not hand over an event for a minute", e);
                }
                Thread.sleep(100);
            }
        }
    }

    public static void restartServer() {
        Path script = WLP.resolve("bin/server");
        assertThat(Files.isExecutable(script)).as("Liberty's script at " + script.toAbsolutePath()).isTrue();
        // Killed, not stopped: nothing gets a chance to finish what it was doing (a power cut, an OOM kill).
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
            server.destroyForcibly();
            server.onExit().get(60, TimeUnit.SECONDS);
        } catch (java.io.IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("could not kill the server of " + pidFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        run(script.toString(), "start", SERVER);
        Api.awaitReady(Duration.ofMinutes(3));
    }

    static void run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(4, TimeUnit.MINUTES)).as(String.join(" ", command) + ": " + out).isTrue();
            assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isIn(0, 1); // 1: was not running
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
