package org.anju.bench;

import static org.anju.bench.ServerBenchmark.field;
import static org.anju.bench.ServerBenchmark.ms;
import static org.anju.bench.ServerBenchmark.say;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The MQTT side the lock and alert benchmarks share: registering locks through the API, connecting them to the
 * server's embedded broker, the plain publish/subscribe baseline through the broker's probe login, and the publishing
 * loop that drives a phase (a fixed count at maximum rate, or a fixed rate) and waits until every event has arrived
 * wherever the caller looks for it.
 */
final class LockLoad {

    /** At most this many publishes awaiting their PUBACK. */
    static final int OUTSTANDING = 2_000;

    private final String broker;

    LockLoad(int mqttPort) {
        this.broker = "tcp://127.0.0.1:" + mqttPort;
    }

    /** A lock's (or a probe publisher's, {@code deviceId} null) connection and the topic it publishes to. */
    record Publisher(MqttAsyncClient client, String topic, String deviceId) {
    }

    /** Registered, approved locks and their secrets, in the order of the organization's units. */
    record Locks(String[] devices, String[] secrets) {
        int size() {
            return devices.length;
        }
    }

    /** The payload of a phase's event {@code seq} (from 1), with its event id, as publisher {@code p} sends it. */
    interface Payload {
        byte[] make(UUID eventId, int seq, Publisher p);
    }

    /**
     * Starts noting the arrivals of a phase whose event ids share the high 64 bits {@code msb} (a database poller, a
     * stream reader); answers what to stop when the phase is over.
     */
    interface Watch {
        Watcher start(long msb) throws Exception;
    }

    interface Watcher {
        void stop() throws InterruptedException;
    }

    /** A watcher that looks again and again on a thread of its own, 5 ms apart when it found nothing new. */
    abstract static class Poll implements Watcher, Runnable {
        private volatile boolean running = true;
        private Thread thread;

        /** One look; answers whether it found anything. */
        abstract boolean once() throws Exception;

        Poll started() {
            thread = new Thread(this, "bench-" + getClass().getSimpleName());
            thread.setDaemon(true);
            thread.start();
            return this;
        }

        @Override
        public void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            try {
                while (running) {
                    if (!once()) {
                        Thread.sleep(5);
                    }
                }
            } catch (Exception e) {
                say(getClass().getSimpleName() + " stopped: " + e);
            }
        }
    }

    enum Mode {
        MAX, PACED;

        String label(int rate) {
            return this == MAX ? "max rate" : rate + " events/s";
        }
    }

    /** What a phase measured; latencies in ns. */
    static final class Phase {
        String prefix;
        int arrived;
        long first;
        long last;
        long[] latencies;
        long lagMax;

        double p(int pct) {
            return pct(latencies, pct) / 1e6;
        }

        String summary(String what, String mode) {
            double secs = (last - first) / 1e9;
            return String.format(Locale.ROOT, "%s, %s: %,d events in %.2f s = %,.0f events/s; latency p50 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms%s", what, mode, latencies.length, secs, latencies.length / secs,
                    p(50), p(99), latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6,
                    lagMax > 1_000_000 ? String.format(Locale.ROOT, " (publisher behind schedule by up to %.1f ms)",
                            lagMax / 1e6) : "");
        }
    }

    /**
     * Registers a smart lock on each of the first {@code count} units of the organization (ids in order, read from
     * {@code db}, whose search path is the organization's schema), approves it and issues its secret, through the API.
     */
    static Locks register(ServerBenchmark api, String token, Connection db, String prefix, int count) throws Exception {
        List<Long> unitIds = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM unit ORDER BY id")) {
            while (rs.next()) {
                unitIds.add(rs.getLong(1));
            }
        }
        long t0 = System.nanoTime();
        String[] devices = new String[count];
        String[] secrets = new String[count];
        for (int i = 0; i < count; i++) {
            devices[i] = String.format(Locale.ROOT, "%s-%05d", prefix, i);
            String d = api.post(token, "/api/v1/devices", "{\"deviceId\":\"" + devices[i] + "\",\"kind\":\"SMART_LOCK\","
                    + "\"serial\":\"SN-" + devices[i] + "\",\"model\":\"A7\",\"unitId\":" + unitIds.get(i) + "}", 200);
            String id = field(d, "id");
            api.post(token, "/api/v1/devices/" + id + "/decision", "{\"approve\":true,\"note\":\"基准\"}", 200);
            secrets[i] = field(api.post(token, "/api/v1/devices/" + id + "/secret", "{}", 200), "secret");
        }
        say(count + " locks registered, approved and given secrets in " + ms(t0) + " ms");
        return new Locks(devices, secrets);
    }

    /**
     * Connects each lock with its own secret (protocol 1.1: clean session, an OFFLINE will), sends the heartbeat that
     * brings it online (protocol 1.3) and waits until the database shows them all online.
     */
    List<Publisher> connect(String org, Locks locks, Connection db) throws Exception {
        List<Publisher> out = new ArrayList<>();
        for (int i = 0; i < locks.size(); i++) {
            String device = locks.devices()[i];
            MqttAsyncClient c = new MqttAsyncClient(broker, org + "-" + device, new MemoryPersistence());
            MqttConnectOptions o = options(device, locks.secrets()[i]);
            o.setCleanSession(true);
            o.setWill("anju/" + org + "/lock/" + device + "/event", ("{\"eventId\":\"" + UUID.randomUUID()
                    + "\",\"type\":\"OFFLINE\",\"at\":\"" + Instant.now() + "\",\"battery\":80}").getBytes(StandardCharsets.UTF_8), 1, false);
            c.connect(o).waitForCompletion(30_000);
            out.add(new Publisher(c, "anju/" + org + "/lock/" + device + "/event", device));
        }
        for (Publisher p : out) {
            publish(p, ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"HEARTBEAT\",\"at\":\"" + Instant.now()
                    + "\",\"battery\":80}").getBytes(StandardCharsets.UTF_8), null);
        }
        long t0 = System.nanoTime();
        try (Statement st = db.createStatement()) {
            while (count(st, "SELECT count(*) FROM device WHERE online") < locks.size() && ms(t0) < 60_000) {
                Thread.sleep(100);
            }
            say(count(st, "SELECT count(*) FROM device WHERE online") + " locks online after " + ms(t0) + " ms");
        }
        return out;
    }

    static void disconnect(List<Publisher> pubs) {
        for (Publisher p : pubs) {
            close(p.client());
        }
    }

    // ---------------------------------------------------------------- baseline: plain MQTT publish/subscribe

    /**
     * The broker's probe login ({@code anju-probe}, topics {@code anju-probe/#} only) publishes at QoS 1 from
     * {@code connections} connections; one subscriber receives the way the platform's client does (persistent
     * session, QoS 1). Latency = publish (scheduled time when paced) → {@code messageArrived}. A warm-up of 4,000,
     * then each mode: {@code count} at max rate, {@code rate × seconds} paced.
     */
    void baseline(int connections, int count, int rate, int seconds, List<Mode> modes, Consumer<String> line)
            throws Exception {
        String password = System.getProperty("bench.probePassword", "Bench-probe-2026");
        long[] received = new long[Math.max(Math.max(count, rate * seconds), 4_000) + 1];
        AtomicLong duplicates = new AtomicLong();
        MqttAsyncClient sub = new MqttAsyncClient(broker, "anju-probe-bench-sub", new MemoryPersistence());
        MqttConnectOptions so = options("anju-probe", password);
        so.setCleanSession(false); // as the platform's client: a durable subscription, so the broker journals each message
        sub.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                say("probe subscriber lost its connection: " + cause);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                long now = System.nanoTime();
                int seq = (int) seqOf(new String(message.getPayload(), StandardCharsets.UTF_8));
                if (seq >= 0 && seq < received.length) {
                    if (received[seq] != 0) {
                        duplicates.incrementAndGet();
                    } else {
                        received[seq] = now;
                    }
                }
            }

            @Override
            public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
            }
        });
        sub.connect(so).waitForCompletion(30_000);
        sub.subscribe("anju-probe/bench/#", 1).waitForCompletion(30_000);
        List<Publisher> pubs = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            MqttAsyncClient c = new MqttAsyncClient(broker, "anju-probe-bench-" + i, new MemoryPersistence());
            c.connect(options("anju-probe", password)).waitForCompletion(30_000);
            pubs.add(new Publisher(c, "anju-probe/bench/" + i, null));
        }
        say("baseline: " + connections + " probe publishers and a subscriber connected");
        try {
            // Warm-up (not measured): the same path, a few thousand messages.
            run("baseline warm-up", pubs, new long[4_001], received, 4_000, 0, null, LockLoad::doorOpened);
            for (Mode mode : modes) {
                Arrays.fill(received, 0);
                duplicates.set(0);
                int n = mode == Mode.MAX ? count : rate * seconds;
                long[] sent = new long[n + 1];
                Phase p = run("baseline " + mode.label(rate), pubs, sent, received, n, mode == Mode.MAX ? 0 : rate,
                        null, LockLoad::doorOpened);
                line.accept(p.summary("baseline, plain MQTT round trip (publish → subscriber)", mode.label(rate))
                        + String.format(Locale.ROOT, "; received %,d of %,d, duplicates %d", p.arrived, n, duplicates.get()));
            }
        } finally {
            disconnect(pubs);
            sub.unsubscribe("anju-probe/bench/#").waitForCompletion(10_000);
            close(sub);
        }
    }

    // ---------------------------------------------------------------- driving and measuring

    /**
     * Publishes {@code n} events round-robin over the publishers (at most {@link #OUTSTANDING} awaiting their PUBACK;
     * {@code rate} 0 = as fast as that allows), then waits (at most 180 s) until each has a time in {@code arrived}
     * (index = the event's sequence number, the low 64 bits of its event id), filled by whoever listens: a subscriber
     * callback, or the {@code watch}'s watcher, started before the first publish and stopped at the end. Paced, latency counts
     * from each event's scheduled time, so time lost in the publisher shows; at max rate from the call.
     */
    static Phase run(String name, List<Publisher> pubs, long[] sent, long[] arrived, int n, int rate, Watch watch,
                     Payload payload) throws Exception {
        long msb = UUID.randomUUID().getMostSignificantBits();
        Phase phase = new Phase();
        phase.prefix = new UUID(msb, 0).toString().substring(0, 18);
        Watcher watcher = watch == null ? null : watch.start(msb);
        Semaphore window = new Semaphore(OUTSTANDING);
        AtomicLong failed = new AtomicLong();
        IMqttActionListener done = new IMqttActionListener() {
            @Override
            public void onSuccess(IMqttToken t) {
                window.release();
            }

            @Override
            public void onFailure(IMqttToken t, Throwable e) {
                failed.incrementAndGet();
                window.release();
            }
        };
        say(name + ": publishing " + n + (rate == 0 ? " at max rate" : " at " + rate + "/s"));
        long start = System.nanoTime();
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        long lagMax = 0;
        for (int i = 1; i <= n; i++) {
            long due = start + (i - 1) * interval;
            if (rate > 0) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            window.acquire();
            long now = System.nanoTime();
            if (rate > 0) {
                lagMax = Math.max(lagMax, now - due);
            }
            sent[i] = rate > 0 ? due : now;
            Publisher p = pubs.get(i % pubs.size());
            publish(p, payload.make(new UUID(msb, i), i, p), done);
        }
        window.acquire(OUTSTANDING);
        window.release(OUTSTANDING);
        say(name + ": published in " + ms(start) + " ms" + (failed.get() > 0 ? ", " + failed.get() + " publishes FAILED" : ""));
        long waitStart = System.nanoTime();
        int missing = n;
        while (missing > 0 && System.nanoTime() - waitStart < TimeUnit.SECONDS.toNanos(180)) {
            missing = 0;
            for (int i = 1; i <= n; i++) {
                if (arrived[i] == 0) {
                    missing++;
                }
            }
            if (missing > 0) {
                Thread.sleep(50);
            }
        }
        if (watcher != null) {
            watcher.stop();
        }
        if (missing > 0) {
            say(name + ": " + missing + " of " + n + " did not arrive within 180 s");
        }
        phase.arrived = n - missing;
        long[] lat = new long[n - missing];
        int k = 0;
        long last = 0;
        for (int i = 1; i <= n; i++) {
            if (arrived[i] != 0) {
                lat[k++] = arrived[i] - sent[i];
                last = Math.max(last, arrived[i]);
            }
        }
        Arrays.sort(lat);
        phase.first = sent[1];
        phase.last = last;
        phase.latencies = lat;
        phase.lagMax = lagMax;
        say(name + ": all arrived " + ms(waitStart) + " ms after the last publish was acknowledged");
        return phase;
    }

    static void publish(Publisher p, byte[] payload, IMqttActionListener done) throws Exception {
        MqttMessage m = new MqttMessage(payload);
        m.setQos(1);
        m.setRetained(false);
        p.client().publish(p.topic(), m, null, done);
    }

    /** A DOOR_OPENED as a lock sends it (protocol 1.3); {@code at} is the publish time. */
    static byte[] doorOpened(UUID eventId, int seq, Publisher p) {
        return ("{\"eventId\":\"" + eventId + "\",\"type\":\"DOOR_OPENED\",\"at\":\"" + Instant.now()
                + "\",\"method\":\"CARD\",\"credentialId\":\"L-CARD-1\",\"battery\":80}").getBytes(StandardCharsets.UTF_8);
    }

    /** The sequence number in a payload's event id (its low 64 bits), without a JSON parser. */
    static long seqOf(String payload) {
        int at = payload.indexOf("\"eventId\":\"");
        if (at < 0) {
            return -1;
        }
        return UUID.fromString(payload.substring(at + 11, at + 47)).getLeastSignificantBits();
    }

    static MqttConnectOptions options(String user, String password) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(user);
        o.setPassword(password.toCharArray());
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout(30);
        o.setMaxInflight(OUTSTANDING);
        return o;
    }

    static void close(MqttAsyncClient c) {
        try {
            if (c.isConnected()) {
                c.disconnect(2_000).waitForCompletion(5_000);
            }
            c.close();
        } catch (Exception e) {
            say("close: " + e);
        }
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }
}
