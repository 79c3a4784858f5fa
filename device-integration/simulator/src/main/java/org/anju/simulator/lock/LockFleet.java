package org.anju.simulator.lock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitSpec;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The simulated smart locks of one organization, and the handle tests use to drive them: publish chosen events,
 * resend the last one, publish malformed or oversized payloads, and look at the commands each lock received.
 *
 * <p>One thread ("anju-sim-locks") owns all lock state; every public method hands its work to it and waits, so a test
 * sees a consistent state and the simulation never races with it.
 */
public final class LockFleet implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LockFleet.class.getName());
    /** How often the fleet looks at the simulated clock; events carry their planned instant, not the tick's. */
    static final long TICK_MILLIS = 200;

    private final LockSettings settings;
    private final SimClock clock;
    private final Map<String, SimulatedLock> locks = new LinkedHashMap<>();
    private final List<LockListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    private volatile boolean started;
    private volatile boolean closed;

    public LockFleet(LockSettings settings, List<UnitSpec> units, SimClock clock, long seed,
                     ToIntFunction<UnitSpec> persons) {
        this.settings = settings;
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "anju-sim-locks-" + settings.org());
            t.setDaemon(true);
            return t;
        });
        for (UnitSpec u : units) {
            if (locks.containsKey(u.deviceId())) {
                throw new IllegalArgumentException("deviceId " + u.deviceId() + " appears twice");
            }
            try {
                locks.put(u.deviceId(), new SimulatedLock(u, settings, clock, seed, persons.applyAsInt(u), this));
            } catch (MqttException e) {
                throw new IllegalArgumentException("cannot create MQTT client for " + u.deviceId() + ": " + e, e);
            }
        }
    }

    /** Connects every lock (retrying in the background) and starts the simulated days. */
    public synchronized LockFleet start() {
        if (started) {
            return this;
        }
        started = true;
        call(() -> {
            locks.values().forEach(SimulatedLock::start);
            return null;
        });
        thread.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Waits until every lock is connected and subscribed to its command topic. */
    public boolean awaitReady(Duration timeout) {
        List<CompletableFuture<Void>> all = call(() -> locks.values().stream().map(SimulatedLock::ready).toList());
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void tick() {
        for (SimulatedLock lock : locks.values()) {
            try {
                lock.tick();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "tick of " + lock.unit().deviceId(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            call(() -> {
                locks.values().forEach(SimulatedLock::stop);
                return null;
            });
        } finally {
            thread.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- what it is

    public String org() {
        return settings.org();
    }

    public String brokerUrl() {
        return settings.brokerUrl();
    }

    public List<UnitSpec> devices() {
        return locks.values().stream().map(SimulatedLock::unit).toList();
    }

    public UnitSpec device(String deviceId) {
        return lock(deviceId).unit();
    }

    public String eventTopic(String deviceId) {
        return Topics.event(settings.org(), lock(deviceId).unit().deviceId());
    }

    public String commandTopic(String deviceId) {
        return Topics.command(settings.org(), lock(deviceId).unit().deviceId());
    }

    public String ackTopic(String deviceId) {
        return Topics.ack(settings.org(), lock(deviceId).unit().deviceId());
    }

    public void addListener(LockListener listener) {
        listeners.add(listener);
    }

    // ---------------------------------------------------------------- for tests

    /** Publishes the given event now (QoS 1) and waits for the broker to take it. */
    public LockEvent publishEvent(String deviceId, LockEvent event) {
        SimulatedLock lock = lock(deviceId);
        return call(() -> lock.emitAndWait(event));
    }

    /** Publishes a fresh event of that type stamped with the lock's clock; DOOR_OPENED as by {@link #openDoor}. */
    public LockEvent publishEvent(String deviceId, EventType type) {
        SimulatedLock lock = lock(deviceId);
        if (type == EventType.DOOR_OPENED) {
            return openDoor(deviceId);
        }
        return call(() -> lock.emitAndWait(LockEvent.of(type, clock.now(), lock.batteryLevel())));
    }

    /**
     * Someone opens the door now: with the newest valid credential the platform granted, else one of the household's,
     * else the mechanical key.
     */
    public LockEvent openDoor(String deviceId) {
        SimulatedLock lock = lock(deviceId);
        return call(lock::openDoorNow);
    }

    /** Publishes the lock's last event again, byte for byte (same eventId): a device retrying after a lost PUBACK. */
    public LockEvent resendLast(String deviceId) {
        SimulatedLock lock = lock(deviceId);
        return call(lock::resendLast);
    }

    /** Publishes any bytes on the lock's event topic. */
    public void publishRaw(String deviceId, byte[] payload) {
        SimulatedLock lock = lock(deviceId);
        call(() -> {
            lock.publishRaw(payload);
            return null;
        });
    }

    /** Publishes a truncated JSON document (what a lock rebooting mid-write sends); returns it. */
    public String publishMalformed(String deviceId) {
        String payload = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"DOOR_OPENED\",\"at\":\"" + clock.now()
                + "\",\"method\":\"FA";
        publishRaw(deviceId, payload.getBytes(StandardCharsets.UTF_8));
        return payload;
    }

    /**
     * Publishes a well-formed event of at least {@code bytes} bytes (padded with a "firmwareDump" field), for
     * the platform's size limit; returns the size sent.
     */
    public int publishOversized(String deviceId, int bytes) {
        String head = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"HEARTBEAT\",\"at\":\"" + clock.now()
                + "\",\"battery\":50,\"firmwareDump\":\"";
        String tail = "\"}";
        int pad = Math.max(0, bytes - head.length() - tail.length());
        byte[] payload = (head + "A".repeat(pad) + tail).getBytes(StandardCharsets.UTF_8);
        publishRaw(deviceId, payload);
        return payload.length;
    }

    /** The commands a lock received so far, oldest first, with the answers it gave. */
    public List<ReceivedCommand> receivedCommands(String deviceId) {
        return lock(deviceId).received();
    }

    /** The events a lock produced so far (published or buffered while offline), oldest first. */
    public List<LockEvent> publishedEvents(String deviceId) {
        return lock(deviceId).published();
    }

    /**
     * Loads credentials the platform granted to a lock before this simulation started (as a rebooted lock still has
     * them), without a command: for a demo that restarts against a platform that remembers its keys.
     */
    public void restoreCredentials(String deviceId, List<Credential> granted) {
        SimulatedLock lock = lock(deviceId);
        call(() -> {
            lock.restore(List.copyOf(granted));
            return null;
        });
    }

    public Map<String, Credential> credentials(String deviceId) {
        SimulatedLock lock = lock(deviceId);
        return call(lock::credentials);
    }

    public int battery(String deviceId) {
        SimulatedLock lock = lock(deviceId);
        return call(lock::batteryLevel);
    }

    public boolean isConnected(String deviceId) {
        SimulatedLock lock = lock(deviceId);
        return call(lock::isConnected);
    }

    /**
     * The lock loses its network without saying goodbye: the broker publishes its will (OFFLINE). It reconnects
     * after {@code offlineFor} of simulated time; events in between are uploaded then, heartbeats are not.
     */
    public void dropConnection(String deviceId, Duration offlineFor) {
        SimulatedLock lock = lock(deviceId);
        call(() -> {
            lock.dropConnection(offlineFor);
            return null;
        });
    }

    // ---------------------------------------------------------------- plumbing for the locks

    void execute(Runnable r) {
        try {
            thread.execute(r);
        } catch (RejectedExecutionException e) {
            // closing: late callbacks from Paho have nobody to serve
        }
    }

    void schedule(Runnable r, long delayMillis) {
        try {
            thread.schedule(r, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    void eventEmitted(UnitSpec unit, LockEvent e, boolean resend) {
        for (LockListener l : listeners) {
            l.onEvent(unit, e, resend);
        }
    }

    void commandReceived(UnitSpec unit, ReceivedCommand c) {
        for (LockListener l : listeners) {
            l.onCommand(unit, c);
        }
    }

    void connectionChanged(UnitSpec unit, boolean connected) {
        for (LockListener l : listeners) {
            l.onConnection(unit, connected);
        }
    }

    private SimulatedLock lock(String deviceId) {
        SimulatedLock lock = locks.get(deviceId);
        if (lock == null) {
            throw new IllegalArgumentException("no simulated lock " + deviceId + "; known: " + locks.keySet());
        }
        return lock;
    }

    private <T> T call(Callable<T> work) {
        if (Thread.currentThread().getName().startsWith("anju-sim-locks-")) {
            try {
                return work.call(); // a listener calling back into the fleet
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return thread.submit(work).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("fleet thread did not answer in 30 s", e);
        }
    }

}
