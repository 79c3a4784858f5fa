package org.anju.simulator.lock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.anju.simulator.model.Profile;
import org.anju.simulator.model.Seeds;
import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitSpec;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One smart lock: its MQTT connection, credential table, battery, day plan and command handling.
 *
 * <p>Every method runs on the fleet thread (Paho's callbacks only hand work over), so the state needs no locking;
 * the lists tests read are concurrent copies.
 */
final class SimulatedLock {

    private static final Logger LOG = Logger.getLogger(SimulatedLock.class.getName());

    /** A lock's memory is small: beyond this GRANT fails. */
    static final int MAX_CREDENTIALS = 100;
    static final int LOW_BATTERY_THRESHOLD = 20;
    /** Events a lock keeps while offline and uploads when back (heartbeats are not kept). */
    static final int OFFLINE_BUFFER = 500;
    private static final double DRAIN_PER_DAY = 0.25;
    private static final double DRAIN_PER_OPENING = 0.03;
    /** The property company replaces batteries this many simulated days after the first LOW_BATTERY. */
    private static final int DAYS_UNTIL_BATTERY_REPLACED = 3;
    /** Commands answered are remembered so that a resent command gets the same answer, not a second execution. */
    private static final int REMEMBERED_COMMANDS = 1000;

    private final UnitSpec unit;
    private final LockSettings settings;
    private final SimClock clock;
    private final LockFleet fleet;
    private final LockPlanner planner;
    private final int persons;
    private final SplittableRandom random;

    private final String eventTopic;
    private final String commandTopic;
    private final String ackTopic;
    private final MqttAsyncClient client;

    private final Map<String, Credential> table = new LinkedHashMap<>();
    private final List<List<String>> enrolledByPerson = new ArrayList<>();
    private final List<Deque<String>> grantedByPerson = new ArrayList<>();
    private final Deque<String> grantedNewestFirst = new ArrayDeque<>();
    private int grants;

    private final PriorityQueue<PlannedAction> queue = new PriorityQueue<>();
    private LocalDate plannedThrough;
    private Instant processedUntil;
    private Instant nextHeartbeat;

    private double battery;
    private LocalDate lowBatterySince;
    private LocalDate lowBatteryReported;

    private final Deque<LockEvent> offlineBuffer = new ArrayDeque<>();
    private LockEvent lastEvent;
    private boolean connected;
    private boolean connecting;
    private boolean stopped;
    private Instant offlineUntil;
    private int reconnectAttempts;
    private CompletableFuture<Void> ready = new CompletableFuture<>();

    private final CopyOnWriteArrayList<LockEvent> published = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<ReceivedCommand> received = new CopyOnWriteArrayList<>();
    private final Map<String, CommandAck> answered = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CommandAck> eldest) {
            return size() > REMEMBERED_COMMANDS;
        }
    };

    SimulatedLock(UnitSpec unit, LockSettings settings, SimClock clock, long seed, int persons, LockFleet fleet)
            throws MqttException {
        this.unit = unit;
        this.settings = settings;
        this.clock = clock;
        this.fleet = fleet;
        this.persons = persons;
        this.random = Seeds.random(seed, Seeds.of("lock-runtime"), unit.index());
        this.planner = new LockPlanner(unit, seed, persons, settings.elderlyStopsAt(), settings.tamperRatePerDay(),
                settings.outageRatePerDay());
        this.eventTopic = Topics.event(settings.org(), unit.deviceId());
        this.commandTopic = Topics.command(settings.org(), unit.deviceId());
        this.ackTopic = Topics.ack(settings.org(), unit.deviceId());
        this.battery = unit.initialBattery();
        for (List<Credential> creds : LockPlanner.enrolled(unit, seed, persons)) {
            List<String> ids = new ArrayList<>();
            for (Credential c : creds) {
                table.put(c.credentialId(), c);
                ids.add(c.credentialId());
            }
            enrolledByPerson.add(ids);
            grantedByPerson.add(new ArrayDeque<>());
        }
        if (unit.profile() == Profile.SUBLET) {
            LockPlanner.subletCards().forEach(c -> table.put(c.credentialId(), c));
        }
        // one client id per organization and device: two simulators for different orgs never kick each other off
        this.client = new MqttAsyncClient(settings.brokerUrl(), "anju-sim-" + settings.org() + "-" + unit.deviceId(),
                new MemoryPersistence());
        this.client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                fleet.execute(() -> onConnectionLost(cause));
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
                fleet.execute(() -> onCommand(payload));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // QoS 1 done; nothing to keep
            }
        });
    }

    UnitSpec unit() {
        return unit;
    }

    // ---------------------------------------------------------------- lifecycle

    void start() {
        Instant now = clock.now();
        processedUntil = now;
        plannedThrough = now.atZone(SimClock.ZONE).toLocalDate().minusDays(1);
        long offsetMillis = (long) (Seeds.uniform(unit.index(), Seeds.of("hb")) * settings.heartbeat().toMillis());
        nextHeartbeat = now.plusMillis(offsetMillis);
        connect();
    }

    CompletableFuture<Void> ready() {
        return ready;
    }

    void stop() {
        stopped = true;
        try {
            if (client.isConnected()) {
                // a clean DISCONNECT: the broker drops the will, so stopping the simulator is no OFFLINE storm
                client.disconnect(1000).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            LOG.log(Level.FINE, "disconnect " + unit.deviceId(), e);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.log(Level.FINE, "close " + unit.deviceId(), e);
        }
    }

    boolean isConnected() {
        return connected;
    }

    private void connect() {
        if (stopped || connecting || connected || offlineUntil != null) {
            return;
        }
        connecting = true;
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setUserName(unit.deviceId());
        o.setPassword(unit.secret().toCharArray());
        o.setCleanSession(settings.cleanSession());
        o.setKeepAliveInterval(settings.keepAliveSeconds());
        o.setConnectionTimeout(10);
        o.setMaxInflight(1000);
        // reconnects are ours, not Paho's: each connection needs a will with a fresh eventId
        o.setAutomaticReconnect(false);
        LockEvent will = LockEvent.of(EventType.OFFLINE, clock.now(), batteryLevel());
        o.setWill(eventTopic, will.toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        try {
            client.connect(o, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    fleet.execute(SimulatedLock.this::onConnected);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    fleet.execute(() -> onConnectFailed(e));
                }
            });
        } catch (MqttException e) {
            onConnectFailed(e);
        }
    }

    private void onConnected() {
        connecting = false;
        connected = true;
        reconnectAttempts = 0;
        fleet.connectionChanged(unit, true);
        try {
            client.subscribe(commandTopic, 1, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    fleet.execute(() -> ready.complete(null));
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.warning(() -> unit.deviceId() + ": subscribe to " + commandTopic + " failed: " + e);
                }
            });
        } catch (MqttException e) {
            LOG.warning(() -> unit.deviceId() + ": subscribe failed: " + e);
        }
        // what was kept while offline goes first, oldest first; what fails again is kept again (once per pass)
        List<LockEvent> kept = new ArrayList<>(offlineBuffer);
        offlineBuffer.clear();
        kept.forEach(e -> send(e, false));
        emit(LockEvent.of(EventType.HEARTBEAT, clock.now(), batteryLevel())); // "I am here (again)"
    }

    private void onConnectFailed(Throwable e) {
        connecting = false;
        if (reconnectAttempts == 0) {
            LOG.warning(() -> unit.deviceId() + ": cannot connect to " + settings.brokerUrl() + ": " + e
                    + " (retrying)");
        }
        scheduleReconnect();
    }

    private void onConnectionLost(Throwable cause) {
        if (connected) {
            LOG.info(() -> unit.deviceId() + ": connection lost: " + cause);
        }
        markDisconnected();
        scheduleReconnect();
    }

    private void markDisconnected() {
        if (connected) {
            fleet.connectionChanged(unit, false);
        }
        connected = false;
        if (ready.isDone()) {
            ready = new CompletableFuture<>();
        }
    }

    private void scheduleReconnect() {
        if (stopped || offlineUntil != null) {
            return;
        }
        long delay = Math.min(30_000, 500L << Math.min(reconnectAttempts, 6));
        reconnectAttempts++;
        fleet.schedule(this::connect, delay);
    }

    /**
     * Drops the network without a DISCONNECT, as a lock losing power or signal does: the broker then publishes the
     * lock's will, an OFFLINE event. The lock comes back after {@code offlineFor} of simulated time.
     */
    void dropConnection(Duration offlineFor) {
        Instant now = clock.now();
        offlineUntil = now.plus(offlineFor);
        markDisconnected();
        connecting = false;
        try {
            client.disconnectForcibly(0, 10, false);
        } catch (MqttException e) {
            LOG.log(Level.FINE, "drop " + unit.deviceId(), e);
        }
    }

    // ---------------------------------------------------------------- the simulated day

    void tick() {
        Instant now = clock.now();
        if (offlineUntil != null && !now.isBefore(offlineUntil)) {
            offlineUntil = null;
            connect();
        }
        LocalDate today = now.atZone(SimClock.ZONE).toLocalDate();
        while (plannedThrough.isBefore(today)) {
            plannedThrough = plannedThrough.plusDays(1);
            for (PlannedAction a : planner.plan(plannedThrough)) {
                if (a.at().isAfter(processedUntil)) {
                    queue.add(a);
                }
            }
        }
        // heartbeats that fell behind (a huge speed) are skipped: a lock does not send a backlog of them
        Duration hb = settings.heartbeat();
        if (Duration.between(nextHeartbeat, now).compareTo(hb.multipliedBy(20)) > 0) {
            long behind = Duration.between(nextHeartbeat, now).toMillis() / hb.toMillis();
            nextHeartbeat = nextHeartbeat.plus(hb.multipliedBy(behind - 1));
        }
        while (true) {
            PlannedAction next = queue.peek();
            boolean actionDue = next != null && !next.at().isAfter(now);
            boolean heartbeatDue = !nextHeartbeat.isAfter(now);
            if (!actionDue && !heartbeatDue) {
                break;
            }
            if (actionDue && (!heartbeatDue || !next.at().isAfter(nextHeartbeat))) {
                queue.poll();
                drainBattery(next.at());
                perform(next);
            } else {
                Instant at = nextHeartbeat;
                nextHeartbeat = nextHeartbeat.plus(hb);
                drainBattery(at);
                if (connected && offlineUntil == null) {
                    emit(LockEvent.of(EventType.HEARTBEAT, at, batteryLevel()));
                }
            }
        }
        drainBattery(now);
        processedUntil = now;
    }

    private void perform(PlannedAction a) {
        switch (a.kind()) {
            case RESIDENT_OPENS -> {
                Credential c = random.nextDouble() < 0.01 ? null : chooseFor(a.person(), a.at());
                opened(a.at(), c);
            }
            case VISITOR_OPENS -> emit(LockEvent.doorOpened(a.at(), OpenMethod.PIN, a.credentialId(),
                    openingBattery()));
            case GUEST_OPENS -> {
                if (a.credentialId().startsWith("T-")) {
                    emit(LockEvent.doorOpened(a.at(), OpenMethod.PIN, a.credentialId(), openingBattery()));
                } else {
                    Credential card = table.get(a.credentialId());
                    if (card != null && card.validAt(a.at())) { // a revoked card no longer opens
                        emit(LockEvent.doorOpened(a.at(), card.type().method(), card.credentialId(),
                                openingBattery()));
                    }
                }
            }
            case TAMPER -> emit(LockEvent.of(EventType.TAMPER, a.at(), batteryLevel()));
            case OUTAGE -> {
                if (connected) {
                    // never shorter than two real seconds, else the broker may not notice before we are back
                    Duration real = clock.realDuration(a.duration());
                    Duration sim = real.compareTo(Duration.ofSeconds(2)) < 0
                            ? Duration.ofNanos((long) (2e9 * clock.speed())) : a.duration();
                    dropConnection(sim);
                }
            }
        }
    }

    /** A household member opens: a newly granted credential first, else one they were enrolled with. */
    private Credential chooseFor(int person, Instant at) {
        if (person >= 0 && person < grantedByPerson.size()) {
            for (String id : grantedByPerson.get(person)) {
                Credential c = table.get(id);
                if (c != null && c.validAt(at)) {
                    return c;
                }
            }
            List<Credential> own = new ArrayList<>();
            for (String id : enrolledByPerson.get(person)) {
                Credential c = table.get(id);
                if (c != null && c.validAt(at)) {
                    own.add(c);
                }
            }
            if (!own.isEmpty()) {
                return own.get(random.nextInt(own.size()));
            }
        }
        return null; // nothing valid left: the mechanical key
    }

    private void opened(Instant at, Credential c) {
        if (c == null) {
            emit(LockEvent.doorOpened(at, OpenMethod.KEY, "KEY", openingBattery()));
        } else {
            emit(LockEvent.doorOpened(at, c.type().method(), c.credentialId(), openingBattery()));
        }
    }

    private int openingBattery() {
        battery = Math.max(0, battery - DRAIN_PER_OPENING);
        return batteryLevel();
    }

    private void drainBattery(Instant to) {
        if (processedUntil == null || !to.isAfter(processedUntil)) {
            return;
        }
        double days = Duration.between(processedUntil, to).toMillis() / 86_400_000.0;
        battery = Math.max(0, battery - DRAIN_PER_DAY * days);
        processedUntil = to;
        LocalDate day = to.atZone(SimClock.ZONE).toLocalDate();
        if (batteryLevel() < LOW_BATTERY_THRESHOLD) {
            if (lowBatterySince == null) {
                lowBatterySince = day;
            }
            if (!day.equals(lowBatteryReported)) { // once a day until someone changes the batteries
                lowBatteryReported = day;
                emit(LockEvent.of(EventType.LOW_BATTERY, to, batteryLevel()));
            }
            if (!day.isBefore(lowBatterySince.plusDays(DAYS_UNTIL_BATTERY_REPLACED))) {
                battery = 100;
                lowBatterySince = null;
                lowBatteryReported = null;
            }
        }
    }

    int batteryLevel() {
        return (int) Math.max(0, Math.min(100, Math.floor(battery)));
    }

    // ---------------------------------------------------------------- commands

    private void onCommand(String payload) {
        Instant receivedAt = Instant.now();
        if (unit.silent()) {
            // firmware that drops commands: nothing applied, nothing answered
            record(new ReceivedCommand(receivedAt, payload, tryParse(payload), null, null));
            return;
        }
        LockCommand command;
        try {
            command = LockCommand.parse(payload);
        } catch (CommandFormatException e) {
            CommandAck ack = null;
            if (e.commandId() != null) {
                ack = CommandAck.failed(e.commandId(), e.getMessage(), clock.now());
                answered.put(e.commandId(), ack);
                sendAck(ack);
            }
            record(new ReceivedCommand(receivedAt, payload, null, e.getMessage(), ack));
            return;
        }
        CommandAck previous = answered.get(command.commandId());
        if (previous != null) {
            sendAck(previous); // a retry of a command already carried out: same answer, no second execution
            record(new ReceivedCommand(receivedAt, payload, command, "duplicate commandId", previous));
            return;
        }
        CommandAck ack = execute(command);
        answered.put(command.commandId(), ack);
        sendAck(ack);
        record(new ReceivedCommand(receivedAt, payload, command, ack.reason(), ack));
    }

    private static LockCommand tryParse(String payload) {
        try {
            return LockCommand.parse(payload);
        } catch (CommandFormatException e) {
            return null;
        }
    }

    private CommandAck execute(LockCommand c) {
        Instant now = clock.now();
        if (settings.commandFailureRate() > 0 && random.nextDouble() < settings.commandFailureRate()) {
            return CommandAck.failed(c.commandId(), "lock busy, try again", now);
        }
        switch (c.type()) {
            case GRANT -> {
                if (c.validUntil() != null && !c.validUntil().isAfter(now)) {
                    return CommandAck.failed(c.commandId(), "validUntil is already past on the lock's clock", now);
                }
                if (!table.containsKey(c.credentialId()) && table.size() >= MAX_CREDENTIALS) {
                    return CommandAck.failed(c.commandId(), "credential table full (" + MAX_CREDENTIALS + ")", now);
                }
                keep(new Credential(c.credentialId(), c.credentialType(), c.validFrom(), c.validUntil(),
                        Credential.Source.PLATFORM));
                return CommandAck.ok(c.commandId(), now);
            }
            case REVOKE -> {
                boolean present = table.remove(c.credentialId()) != null;
                forget(c.credentialId());
                return present ? CommandAck.ok(c.commandId(), now)
                        : new CommandAck(c.commandId(), CommandAck.Result.OK, "credential was not present", now);
            }
            case OPEN -> {
                emit(LockEvent.doorOpened(now, OpenMethod.APP, c.credentialId() == null ? "REMOTE" : c.credentialId(),
                        openingBattery()));
                return CommandAck.ok(c.commandId(), now);
            }
            default -> throw new IllegalStateException(c.type().name());
        }
    }

    /** Puts a platform credential into the table; it belongs to one household member, who uses it from now on. */
    private void keep(Credential c) {
        table.put(c.credentialId(), c);
        forget(c.credentialId());
        grantedNewestFirst.addFirst(c.credentialId());
        if (!grantedByPerson.isEmpty() && persons > 0) {
            grantedByPerson.get(grants % Math.min(persons, grantedByPerson.size())).addFirst(c.credentialId());
        }
        grants++;
    }

    /**
     * Credentials the platform granted before this simulator started: a real lock keeps its table in flash across a
     * reboot, so a restarted demo must not forget the residents' keys. No command, no acknowledgement.
     */
    void restore(List<Credential> granted) {
        for (Credential c : granted) {
            if (table.containsKey(c.credentialId()) || table.size() < MAX_CREDENTIALS) {
                keep(new Credential(c.credentialId(), c.type(), c.validFrom(), c.validUntil(),
                        Credential.Source.PLATFORM));
            }
        }
    }

    private void forget(String credentialId) {
        grantedNewestFirst.remove(credentialId);
        grantedByPerson.forEach(d -> d.remove(credentialId));
    }

    private void record(ReceivedCommand rc) {
        received.add(rc);
        fleet.commandReceived(unit, rc);
    }

    private void sendAck(CommandAck ack) {
        if (!connected) {
            return; // lost: the platform times out and retries with the same commandId
        }
        try {
            client.publish(ackTopic, ack.toJson().getBytes(StandardCharsets.UTF_8), 1, false);
        } catch (MqttException e) {
            LOG.warning(() -> unit.deviceId() + ": ack not sent: " + e);
        }
    }

    // ---------------------------------------------------------------- events

    /** Publishes now, or keeps it for later while offline (heartbeats are not kept). */
    LockEvent emit(LockEvent e) {
        published.add(e);
        lastEvent = e;
        fleet.eventEmitted(unit, e, false);
        if (connected && offlineUntil == null) {
            send(e, false);
        } else {
            keep(e);
        }
        return e;
    }

    /** Stores an event for upload after reconnecting; the oldest go first when memory is full. */
    private void keep(LockEvent e) {
        if (e.type() == EventType.HEARTBEAT) {
            return; // a heartbeat from the past says nothing
        }
        if (offlineBuffer.size() >= OFFLINE_BUFFER) {
            offlineBuffer.pollFirst();
        }
        offlineBuffer.addLast(e);
    }

    /** Tests: publish and wait for the broker's PUBACK, so that the event is out when the call returns. */
    LockEvent emitAndWait(LockEvent e) {
        published.add(e);
        lastEvent = e;
        fleet.eventEmitted(unit, e, false);
        send(e, true);
        return e;
    }

    LockEvent openDoorNow() {
        Instant now = clock.now();
        Credential c = null;
        for (String id : grantedNewestFirst) {
            Credential g = table.get(id);
            if (g != null && g.validAt(now)) {
                c = g;
                break;
            }
        }
        if (c == null) {
            c = chooseFor(0, now);
        }
        LockEvent e = c == null ? LockEvent.doorOpened(now, OpenMethod.KEY, "KEY", openingBattery())
                : LockEvent.doorOpened(now, c.type().method(), c.credentialId(), openingBattery());
        return emitAndWait(e);
    }

    LockEvent resendLast() {
        if (lastEvent == null) {
            throw new IllegalStateException(unit.deviceId() + " has not published any event yet");
        }
        fleet.eventEmitted(unit, lastEvent, true);
        send(lastEvent, true);
        return lastEvent;
    }

    void publishRaw(byte[] payload) {
        publish(eventTopic, payload, true);
    }

    private void send(LockEvent e, boolean wait) {
        if (!publish(eventTopic, e.toJson().getBytes(StandardCharsets.UTF_8), wait)) {
            keep(e);
        }
    }

    private boolean publish(String topic, byte[] payload, boolean wait) {
        try {
            IMqttDeliveryToken token = client.publish(topic, payload, 1, false);
            if (wait) {
                token.waitForCompletion(TimeUnit.SECONDS.toMillis(5));
            }
            return true;
        } catch (MqttException e) {
            if (wait) {
                throw new IllegalStateException(unit.deviceId() + ": publish to " + topic + " failed", e);
            }
            LOG.fine(() -> unit.deviceId() + ": publish failed, kept for later: " + e);
            return false;
        }
    }

    // ---------------------------------------------------------------- inspection (copies)

    List<LockEvent> published() {
        return List.copyOf(published);
    }

    List<ReceivedCommand> received() {
        return List.copyOf(received);
    }

    Map<String, Credential> credentials() {
        return Map.copyOf(table);
    }
}
