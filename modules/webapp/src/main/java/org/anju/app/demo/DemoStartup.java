package org.anju.app.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.anju.app.demo.DemoPlan.IssuedLock;
import org.anju.simulator.Simulator;
import org.anju.simulator.lock.Credential;
import org.anju.tenancy.api.DemoOrganizationsSeeded;
import org.anju.tenancy.application.DemoSeeder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the demo to life after start-up, in the background (the server is ready and serving meanwhile):
 * <ul>
 *   <li>on the start that seeded the demo organizations ({@link DemoOrganizationsSeeded}): housing, locks, the devices
 *       file, the simulator, the gateway, then the households moving in;</li>
 *   <li>on any later start, only the simulator again, from the devices file kept under the server's output directory
 *       (or with re-issued secrets when that file is gone). Nothing is created twice.</li>
 * </ul>
 * Off unless both {@code ANJU_DEMO_SEED} (production: false) and {@code anju.demo.simulator} ({@code ANJU_DEMO_SIMULATOR};
 * false on the test and benchmark servers, whose tests expect the demo organizations empty) are true: one switch for
 * the live demo, data and devices together. Whatever fails is logged; the server never stops for the demo.
 */
@ApplicationScoped
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String DEVICES_FILE = "devices.json";

    @Inject
    @ConfigProperty(name = "ANJU_DEMO_SEED", defaultValue = "false")
    boolean demoSeed;

    @Inject
    @ConfigProperty(name = "anju.demo.simulator", defaultValue = "false")
    boolean simulatorOn;

    @Inject
    @ConfigProperty(name = "anju.demo.simulator.opcua-port", defaultValue = "4841")
    int opcUaPort;

    @Inject
    @ConfigProperty(name = "anju.demo.simulator.speed", defaultValue = "60")
    double speed;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.port", defaultValue = "1884")
    int mqttPort;

    @Inject
    @ConfigProperty(name = "ANJU_HTTP_PORT", defaultValue = "9080")
    int httpPort;

    @Inject
    @ConfigProperty(name = "anju.demo.data-dir")
    Optional<String> dataDir;

    @Inject
    DemoSimulator simulator;

    @Resource
    ManagedExecutorService executor;

    private volatile DemoOrganizationsSeeded seededNow;
    private volatile boolean stopping;

    /** Only remembers: this runs inside the registry's start-up, which must not fail because of the demo. */
    void seeded(@Observes DemoOrganizationsSeeded event) {
        seededNow = event;
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!demoSeed || !simulatorOn) {
            // production, tests and benchmarks: the demo organizations stay as the seeder left them
            return;
        }
        try {
            simulator.state(DemoSimulator.State.STARTING, "waiting for the server");
            executor.submit(this::bringToLife);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo: could not schedule the demo data and simulator", e);
            simulator.state(DemoSimulator.State.FAILED, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    void bringToLife() {
        String base = "http://127.0.0.1:" + httpPort;
        try {
            if (!awaitReady(base)) {
                simulator.state(DemoSimulator.State.FAILED, "server not ready");
                return;
            }
            DemoOrganizationsSeeded fresh = seededNow;
            if (fresh != null) {
                seed(base, fresh.operatorCode());
            } else {
                restart(base, DemoSeeder.DEMO_OPERATOR);
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Demo: left unfinished (the server runs on): " + e.getMessage(), e);
            simulator.state(DemoSimulator.State.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private void seed(String base, String operator) throws IOException {
        long t0 = System.nanoTime();
        simulator.state(DemoSimulator.State.STARTING, "seeding");
        DemoApi admin = DemoApi.signIn(base, operator, "admin", DemoSeeder.DEMO_OPERATOR_PASSWORD);
        DemoSeeding seeding = new DemoSeeding(base, operator, admin, LocalDate.now(SHANGHAI));
        DemoSeeding.Housing housing = seeding.housing();
        List<IssuedLock> locks = seeding.locks(housing);
        Path file = writeDevicesFile(locks);
        // locks online before the leases start, so that the keys granted on check-in reach them at once
        try {
            Simulator sim = simulator.start(operator, file, mqttPort, opcUaPort, speed);
            seeding.gateway(housing, sim.meters().endpointUrl(), DemoSimulator.namespaceUri());
        } catch (RuntimeException e) {
            // e.g. the OPC UA port is taken: the households still move in, the devices stay quiet
            LOG.log(Level.WARNING, "Demo: simulator not started: " + e.getMessage(), e);
            simulator.state(DemoSimulator.State.FAILED, String.valueOf(e.getMessage()));
        }
        int active = seeding.households(housing);
        LOG.info(String.format("Demo: %s seeded in %d s: %d units, %d locks, %d active leases",
                DemoPlan.PROJECT_NAME, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0),
                housing.unitIdByRoom().size(), locks.size(), active));
    }

    private void restart(String base, String operator) throws IOException {
        DemoApi admin;
        try {
            admin = DemoApi.signIn(base, operator, "admin", DemoSeeder.DEMO_OPERATOR_PASSWORD);
        } catch (DemoApi.Refused e) {
            LOG.info("Demo: no demo operator to simulate for (" + e.getMessage() + ")");
            simulator.state(DemoSimulator.State.OFF, "no demo operator");
            return;
        }
        DemoSeeding seeding = new DemoSeeding(base, operator, admin, LocalDate.now(SHANGHAI));
        Path file = devicesFile();
        if (!Files.isRegularFile(file)) {
            List<IssuedLock> locks = seeding.reissue();
            if (locks.isEmpty()) {
                LOG.info("Demo: the demo operator has no demo locks; the simulator stays off");
                simulator.state(DemoSimulator.State.OFF, "no demo locks");
                return;
            }
            LOG.info("Demo: devices file missing, issued new secrets to " + locks.size() + " demo lock(s)");
            file = writeDevicesFile(locks);
        }
        Simulator sim = simulator.start(operator, file, mqttPort, opcUaPort, speed);
        try {
            int restored = 0;
            for (Map.Entry<String, List<Credential>> e : seeding.activeKeys().entrySet()) {
                if (sim.units().stream().anyMatch(u -> u.deviceId().equals(e.getKey()))) {
                    sim.locks().restoreCredentials(e.getKey(), e.getValue());
                    restored += e.getValue().size();
                }
            }
            LOG.info("Demo: the simulated locks hold the " + restored + " key(s) the platform granted before");
        } catch (RuntimeException e) {
            // the simulator runs on; residents then open with the credentials enrolled at installation
            LOG.log(Level.WARNING, "Demo: could not give the simulated locks their keys back: " + e.getMessage(), e);
        }
    }

    private boolean awaitReady(String base) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!stopping && System.nanoTime() < deadline) {
            if (DemoApi.ready(base)) {
                return true;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private Path devicesFile() {
        Path dir = Path.of(dataDir.orElse(System.getProperty("java.io.tmpdir") + "/anju-demo"));
        return dir.resolve(DEVICES_FILE);
    }

    /** Kept beside the server's journal, readable by the server's user only: it holds the locks' MQTT passwords. */
    private Path writeDevicesFile(List<IssuedLock> locks) throws IOException {
        Path file = devicesFile();
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(DEVICES_FILE + ".tmp");
        Files.writeString(tmp, DemoPlan.devicesFile(locks).toString(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions apply
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
