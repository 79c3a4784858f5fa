package org.anju.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

import org.anju.simulator.lock.LockFleet;
import org.anju.simulator.lock.LockSettings;
import org.anju.simulator.model.DevicesFile;
import org.anju.simulator.model.MeterModel;
import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitLayout;
import org.anju.simulator.model.UnitSpec;
import org.anju.simulator.opcua.OpcUaMeters;

/**
 * A running simulation: the clock, the units, the OPC UA meters and the MQTT locks.
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.builder().org("demo-x1").opcUaPort(port).speed(600).seed(7).start()) {
 *     sim.locks().openDoor(sim.units().get(0).deviceId());
 *     String url = sim.meters().endpointUrl();
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Simulator.class.getName());

    private final SimClock clock;
    private final List<UnitSpec> units;
    private final OpcUaMeters meters;
    private final LockFleet locks;
    private final long seed;

    private Simulator(SimClock clock, List<UnitSpec> units, OpcUaMeters meters, LockFleet locks, long seed) {
        this.clock = clock;
        this.units = units;
        this.meters = meters;
        this.locks = locks;
        this.seed = seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    public SimClock clock() {
        return clock;
    }

    public long seed() {
        return seed;
    }

    public List<UnitSpec> units() {
        return units;
    }

    /** The OPC UA meters; throws if the simulation runs without them. */
    public OpcUaMeters meters() {
        if (meters == null) {
            throw new IllegalStateException("this simulation runs without OPC UA meters");
        }
        return meters;
    }

    /** The MQTT locks; throws if the simulation runs without them. */
    public LockFleet locks() {
        if (locks == null) {
            throw new IllegalStateException("this simulation runs without MQTT locks");
        }
        return locks;
    }

    public boolean hasMeters() {
        return meters != null;
    }

    public boolean hasLocks() {
        return locks != null;
    }

    @Override
    public void close() {
        try {
            if (locks != null) {
                locks.close();
            }
        } finally {
            if (meters != null) {
                meters.close();
            }
        }
    }

    /** Options with the defaults the command line documents; every setter returns the builder. */
    public static final class Builder {
        private String org = "demo";
        private String project = "DEMO-P1";
        private String building = "1";
        private int unitCount = 12;
        private int perFloor = 4;
        private Path devicesFile;
        private List<UnitSpec> explicitUnits;
        private final Set<String> silent = new LinkedHashSet<>();

        private boolean meters = true;
        private int opcUaPort = 4841;
        private String opcUaBindAddress = "127.0.0.1";
        private String opcUaHostname = "127.0.0.1";
        private String opcUaUsername;
        private String opcUaPassword;
        private boolean opcUaAnonymous = true;

        private boolean locks = true;
        private String mqttUrl = "tcp://127.0.0.1:1883";
        private boolean cleanSession = true;
        private int keepAliveSeconds = 30;
        private Duration awaitBroker = Duration.ofSeconds(15);
        private boolean requireBroker = true;

        private double speed = 60;
        private long seed = 42;
        private Instant start;
        private Duration heartbeat = Duration.ofMinutes(5);
        private Duration elderlyStopsAfter = Duration.ofDays(2);
        private Duration jumpAfter = Duration.ofHours(3);
        private double tamperRatePerDay = 0.02;
        private double lockOutageRatePerDay = 0.01;
        private double meterOutageRatePerDay = 0.03;
        private double commandFailureRate = 0;

        private Builder() {
        }

        public Builder org(String v) {
            this.org = v;
            return this;
        }

        public Builder project(String v) {
            this.project = v;
            return this;
        }

        public Builder building(String v) {
            this.building = v;
            return this;
        }

        public Builder units(int count) {
            this.unitCount = count;
            return this;
        }

        public Builder unitsPerFloor(int v) {
            this.perFloor = v;
            return this;
        }

        /** Units from a devices file (see {@link DevicesFile}); overrides {@link #units(int)}. */
        public Builder devicesFile(Path v) {
            this.devicesFile = v;
            return this;
        }

        /** Units given directly; overrides the layout and the devices file. */
        public Builder units(List<UnitSpec> v) {
            this.explicitUnits = List.copyOf(v);
            return this;
        }

        /** Rooms or deviceIds whose locks never acknowledge commands. */
        public Builder silent(String... roomsOrDeviceIds) {
            silent.addAll(List.of(roomsOrDeviceIds));
            return this;
        }

        public Builder withoutMeters() {
            this.meters = false;
            return this;
        }

        public Builder opcUaPort(int v) {
            this.opcUaPort = v;
            return this;
        }

        public Builder opcUaBindAddress(String v) {
            this.opcUaBindAddress = v;
            return this;
        }

        /** The host name put into endpoint URLs and endpoint descriptions. */
        public Builder opcUaHostname(String v) {
            this.opcUaHostname = v;
            return this;
        }

        public Builder opcUaUser(String username, String password) {
            this.opcUaUsername = username;
            this.opcUaPassword = password;
            return this;
        }

        public Builder opcUaAnonymous(boolean v) {
            this.opcUaAnonymous = v;
            return this;
        }

        public Builder withoutLocks() {
            this.locks = false;
            return this;
        }

        public Builder mqtt(String url) {
            this.mqttUrl = url;
            return this;
        }

        public Builder cleanSession(boolean v) {
            this.cleanSession = v;
            return this;
        }

        public Builder keepAliveSeconds(int v) {
            this.keepAliveSeconds = v;
            return this;
        }

        /**
         * How long {@link #start()} waits for every lock to be connected and subscribed before simulated time starts
         * to pass; zero to not wait. Locks keep retrying in the background either way.
         */
        public Builder awaitBroker(Duration v) {
            this.awaitBroker = v;
            return this;
        }

        /** Whether {@link #start()} fails when the locks are not ready within {@link #awaitBroker}; default true. */
        public Builder requireBroker(boolean v) {
            this.requireBroker = v;
            return this;
        }

        public Builder speed(double v) {
            this.speed = v;
            return this;
        }

        public Builder seed(long v) {
            this.seed = v;
            return this;
        }

        /** The simulated instant to start at; default: now. */
        public Builder start(Instant v) {
            this.start = v;
            return this;
        }

        public Builder heartbeat(Duration simulated) {
            this.heartbeat = simulated;
            return this;
        }

        public Builder elderlyStopsAfter(Duration simulated) {
            this.elderlyStopsAfter = simulated;
            return this;
        }

        public Builder jumpAfter(Duration simulated) {
            this.jumpAfter = simulated;
            return this;
        }

        public Builder tamperRatePerDay(double v) {
            this.tamperRatePerDay = v;
            return this;
        }

        public Builder lockOutageRatePerDay(double v) {
            this.lockOutageRatePerDay = v;
            return this;
        }

        public Builder meterOutageRatePerDay(double v) {
            this.meterOutageRatePerDay = v;
            return this;
        }

        public Builder commandFailureRate(double v) {
            this.commandFailureRate = v;
            return this;
        }

        /** Nothing random beyond the daily plans: no tamper, no outages, no failing commands (for tests). */
        public Builder quiet() {
            return tamperRatePerDay(0).lockOutageRatePerDay(0).meterOutageRatePerDay(0).commandFailureRate(0);
        }

        /** Lays out the units as {@link #start()} would, without starting anything. */
        public List<UnitSpec> layout() {
            List<UnitSpec> base;
            if (explicitUnits != null) {
                base = explicitUnits;
            } else if (devicesFile != null) {
                try {
                    base = DevicesFile.read(devicesFile, project, building, seed);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read devices file " + devicesFile + ": " + e, e);
                }
            } else {
                base = UnitLayout.generate(project, building, unitCount, perFloor, seed);
            }
            List<UnitSpec> out = new ArrayList<>();
            Set<String> deviceIds = new HashSet<>();
            Set<String> meterKeys = new HashSet<>();
            Set<String> unmatched = new LinkedHashSet<>(silent);
            for (UnitSpec u : base) {
                boolean isSilent = u.silent() || silent.contains(u.room()) || silent.contains(u.deviceId());
                unmatched.remove(u.room());
                unmatched.remove(u.deviceId());
                if (!deviceIds.add(u.deviceId()) || !meterKeys.add(u.meterKey())) {
                    throw new IllegalArgumentException("unit " + u.meterKey() + " / " + u.deviceId()
                            + " appears twice");
                }
                out.add(new UnitSpec(u.index(), u.project(), u.building(), u.room(), u.deviceId(), u.secret(),
                        u.profile(), u.meterAnomaly(), isSilent, u.initialBattery()));
            }
            if (!unmatched.isEmpty()) {
                throw new IllegalArgumentException("silent: no such room or device " + unmatched);
            }
            return List.copyOf(out);
        }

        /** Starts the meters and the locks; on failure whatever started is stopped again. */
        public Simulator start() {
            Objects.requireNonNull(org, "org");
            if (!meters && !locks) {
                throw new IllegalArgumentException("nothing to simulate: both meters and locks are off");
            }
            List<UnitSpec> units = layout();
            SimClock clock = SimClock.paused(start == null ? Instant.now() : start, speed);
            Instant elderlyStopsAt = clock.start().plus(elderlyStopsAfter);
            OpcUaMeters opcua = null;
            LockFleet fleet = null;
            try {
                if (meters) {
                    List<MeterModel> models = new ArrayList<>();
                    for (UnitSpec u : units) {
                        models.add(new MeterModel(u, seed, clock.start(), clock.start().plus(jumpAfter),
                                elderlyStopsAt, meterOutageRatePerDay));
                    }
                    opcua = new OpcUaMeters(models, clock, opcUaBindAddress, opcUaHostname, opcUaPort, opcUaUsername,
                            opcUaPassword, opcUaAnonymous).start();
                }
                if (locks) {
                    LockSettings settings = new LockSettings(org, mqttUrl, heartbeat, elderlyStopsAt,
                            tamperRatePerDay, lockOutageRatePerDay, commandFailureRate, cleanSession,
                            keepAliveSeconds);
                    fleet = new LockFleet(settings, units, clock, seed, u -> MeterModel.persons(u, seed)).start();
                    if (!awaitBroker.isZero() && !fleet.awaitReady(awaitBroker)) {
                        String msg = "locks not connected to " + mqttUrl + " within " + awaitBroker.toSeconds() + " s";
                        if (requireBroker) {
                            throw new IllegalStateException(msg);
                        }
                        LOG.warning(msg + "; they keep retrying");
                    }
                }
                clock.resume();
                return new Simulator(clock, units, opcua, fleet, seed);
            } catch (RuntimeException e) {
                if (fleet != null) {
                    fleet.close();
                }
                if (opcua != null) {
                    opcua.close();
                }
                throw e;
            }
        }
    }
}
