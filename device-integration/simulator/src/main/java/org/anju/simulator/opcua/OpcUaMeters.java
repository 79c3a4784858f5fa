package org.anju.simulator.opcua;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.anju.simulator.model.MeterModel;
import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitSpec;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.api.config.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.server.EndpointConfiguration;
import org.eclipse.milo.opcua.stack.server.security.DefaultServerCertificateValidator;

/**
 * The simulated building system: an OPC UA server with each unit's water and electricity meter and online flag.
 *
 * <p>The meter models and the one-second ticker outlive the server: {@link #stop()} and {@link #start()} replace only
 * the Milo server (a fresh instance on the same port, since a Milo server is not meant to start twice), so a test can
 * prove that clients reconnect and resubscribe while readings went on counting.
 */
public final class OpcUaMeters implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpcUaMeters.class.getName());
    public static final String NAMESPACE_URI = MeterNamespace.URI;
    public static final String PATH = "/anju";
    /** Plain-text passwords over SecurityPolicy None: acceptable for a simulator on the loopback, documented as such. */
    private static final UserTokenPolicy USERNAME_PLAIN = new UserTokenPolicy("username", UserTokenType.UserName, null,
            null, SecurityPolicy.None.getUri());

    /** Which quantity of a unit a NodeId names. */
    public enum Quantity {
        WATER("water"), ELECTRICITY("electricity"), ONLINE("online");

        private final String suffix;

        Quantity(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** A unit's current values as the meters measure them (the server may show older ones while offline). */
    public record Reading(double water, double electricity, boolean online, Instant at) {
    }

    private final SimClock clock;
    private final String bindAddress;
    private final String hostname;
    private final int port;
    private final String username;
    private final String password;
    private final boolean allowAnonymous;
    private final Map<String, MeterModel> models = new LinkedHashMap<>();
    private final List<UnitSpec> units;
    private final ScheduledExecutorService ticker;

    private OpcUaServer server;
    private MeterNamespace namespace;
    private File pkiDir;
    private boolean closed;

    /**
     * @param username null for anonymous access only; else this user is accepted (and anonymous too if allowed)
     */
    public OpcUaMeters(List<MeterModel> meters, SimClock clock, String bindAddress, String hostname, int port,
                       String username, String password, boolean allowAnonymous) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
        this.hostname = Objects.requireNonNull(hostname, "hostname");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("OPC UA port must be 1..65535");
        }
        if (username == null && !allowAnonymous) {
            throw new IllegalArgumentException("with anonymous access off a username is needed");
        }
        this.port = port;
        this.username = username;
        this.password = password;
        this.allowAnonymous = allowAnonymous;
        List<UnitSpec> us = new ArrayList<>();
        for (MeterModel m : meters) {
            models.put(m.unit().meterKey(), m);
            us.add(m.unit());
        }
        this.units = List.copyOf(us);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "anju-sim-meters");
            t.setDaemon(true);
            return t;
        });
        // meters measure whether or not the server is up
        ticker.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    /** Starts (or restarts) the OPC UA server on the configured port. */
    public synchronized OpcUaMeters start() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (server != null) {
            return this;
        }
        try {
            if (pkiDir == null) {
                pkiDir = Files.createTempDirectory("anju-sim-pki").toFile();
            }
            DefaultTrustListManager trustList = new DefaultTrustListManager(pkiDir);
            UsernameIdentityValidator identity = new UsernameIdentityValidator(allowAnonymous,
                    c -> username != null && username.equals(c.getUsername()) && Objects.equals(password,
                            c.getPassword()));
            EndpointConfiguration.Builder endpoint = EndpointConfiguration.newBuilder()
                    .setBindAddress(bindAddress)
                    .setHostname(hostname)
                    .setBindPort(port)
                    .setPath(PATH)
                    .setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None)
                    .setTransportProfile(TransportProfile.TCP_UASC_UABINARY);
            if (allowAnonymous) {
                endpoint.addTokenPolicy(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS);
            }
            if (username != null) {
                endpoint.addTokenPolicy(USERNAME_PLAIN);
            }
            OpcUaServerConfig config = OpcUaServerConfig.builder()
                    .setApplicationUri("urn:anju:simulator:server")
                    .setProductUri("urn:anju:simulator")
                    .setApplicationName(LocalizedText.english("Anju device simulator"))
                    .setBuildInfo(new BuildInfo("urn:anju:simulator", "Anju", "Anju device simulator",
                            OpcUaServer.SDK_VERSION, "", DateTime.now()))
                    .setEndpoints(Set.of(endpoint.build()))
                    .setCertificateManager(new DefaultCertificateManager())
                    .setTrustListManager(trustList)
                    .setCertificateValidator(new DefaultServerCertificateValidator(trustList))
                    .setIdentityValidator(identity)
                    .build();
            OpcUaServer s = new OpcUaServer(config);
            MeterNamespace ns = new MeterNamespace(s, units);
            ns.startup();
            s.startup().get(20, TimeUnit.SECONDS);
            server = s;
            namespace = ns;
            tick(); // values from the first moment, not from the next tick
            LOG.info(() -> "OPC UA meters at " + endpointUrl() + " (" + units.size() + " units)");
            return this;
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot start the OPC UA server on port " + port + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the server and frees the port; readings go on counting. */
    public synchronized void stop() {
        OpcUaServer s = server;
        MeterNamespace ns = namespace;
        server = null;
        namespace = null;
        if (s == null) {
            return;
        }
        try {
            ns.shutdown();
            s.shutdown().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "OPC UA server shutdown", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stop();
        closed = true;
        ticker.shutdownNow();
        deleteTree(pkiDir);
    }

    /** The trust list lives in a temporary directory of its own; nothing in it outlives the simulator. */
    private static void deleteTree(File dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir.toPath())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot delete " + dir, e);
        }
    }

    public String endpointUrl() {
        return "opc.tcp://" + hostname + ":" + port + PATH;
    }

    public int port() {
        return port;
    }

    public String namespaceUri() {
        return NAMESPACE_URI;
    }

    public List<UnitSpec> units() {
        return units;
    }

    /** The string identifier of a NodeId in {@link #NAMESPACE_URI}, e.g. {@code DEMO-P1.1.101.water}. */
    public static String nodeId(UnitSpec unit, Quantity q) {
        return unit.meterKey() + "." + q.suffix();
    }

    public String nodeId(String room, Quantity q) {
        return nodeId(unit(room), q);
    }

    public UnitSpec unit(String room) {
        for (UnitSpec u : units) {
            if (u.room().equals(room) || u.meterKey().equals(room)) {
                return u;
            }
        }
        throw new IllegalArgumentException("no unit " + room);
    }

    /** What the meters measure now (advancing them to the simulated now). */
    public Reading reading(String room) {
        MeterModel m = models.get(unit(room).meterKey());
        Instant now = clock.now();
        m.advanceTo(now);
        return new Reading(m.water(), m.electricity(), m.online(now), now);
    }

    /** Takes a unit's meters off the network (online=false, readings frozen on the server) or back. */
    public void setOnline(String room, boolean online) {
        models.get(unit(room).meterKey()).setForcedOffline(!online);
        tick();
    }

    private synchronized void tick() {
        try {
            Instant now = clock.now();
            for (MeterModel m : models.values()) {
                m.advanceTo(now);
                if (namespace != null) {
                    namespace.update(m.unit(), m.water(), m.electricity(), m.online(now), now);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "meter tick", e);
        }
    }
}
