package org.anju.devices.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.MeterSample;
import org.anju.devices.domain.OpcUaConnectionState;
import org.anju.devices.domain.OpcUaSecurityMode;
import org.anju.devices.domain.OpcUaSecurityPolicy;
import org.anju.simulator.Simulator;
import org.anju.simulator.opcua.OpcUaMeters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The platform's gateway client against the simulator's real OPC UA server (no container: plain executors). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpcUaConnectionTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final List<MeterSample> stored = new CopyOnWriteArrayList<>();
    private Simulator sim;
    private OpcUaConnection connection;

    @BeforeEach
    void simulator() throws IOException {
        sim = Simulator.builder().project("TP").building("7").units(6).withoutLocks().opcUaPort(freePort())
                .speed(3600).seed(42).quiet().start();
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.stop();
        }
        scheduler.shutdownNow();
        if (sim != null) {
            sim.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private OpcUaConnection.Config config(String url, String namespace) {
        return new OpcUaConnection.Config(1, "sim", url, OpcUaSecurityPolicy.NONE, OpcUaSecurityMode.NONE, null, null,
                namespace, 1, List.of(
                new OpcUaConnection.Node("TP.7.101.water", 11, MeterKind.WATER),
                new OpcUaConnection.Node("TP.7.101.electricity", 11, MeterKind.ELECTRICITY),
                new OpcUaConnection.Node("TP.7.101.online", 11, MeterKind.ONLINE),
                new OpcUaConnection.Node("TP.7.999.water", 12, MeterKind.WATER)));
    }

    private OpcUaConnection start(OpcUaConnection.Config config) {
        connection = new OpcUaConnection("test", config, scheduler, Thread::new, batch -> {
            stored.addAll(batch);
            return batch.size();
        }, new OpcUaCertificates(), 500);
        connection.start();
        return connection;
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    private long count(MeterKind kind) {
        return stored.stream().filter(s -> s.kind() == kind).count();
    }

    @Test
    void valuesOfEveryMappedNodeArriveAndChange() throws Exception {
        OpcUaConnection c = start(config(sim.meters().endpointUrl(), OpcUaMeters.NAMESPACE_URI));
        await("connected", Duration.ofSeconds(30), () -> c.status().state() == OpcUaConnectionState.CONNECTED);
        assertThat(c.status().monitoredItems()).isEqualTo(3);
        assertThat(c.status().badNodes()).as("TP.7.999 is not on the server").isEqualTo(1);
        await("three electricity values", Duration.ofSeconds(20), () -> count(MeterKind.ELECTRICITY) >= 3);
        MeterSample online = stored.stream().filter(s -> s.kind() == MeterKind.ONLINE).findFirst().orElseThrow();
        assertThat(online.value()).isEqualByComparingTo("1");
        List<MeterSample> kwh = stored.stream().filter(s -> s.kind() == MeterKind.ELECTRICITY).toList();
        assertThat(kwh.get(kwh.size() - 1).value()).isGreaterThan(kwh.get(0).value());
        assertThat(kwh).allMatch(s -> s.unitId() == 11 && s.source().equals("opcua:1")
                && s.nodeId().equals("TP.7.101.electricity") && s.serverTime() != null);
        // the source time is the meters' (simulated) clock, an hour a second here: ahead of the wall clock
        assertThat(kwh.get(kwh.size() - 1).sourceTime()).isAfter(kwh.get(0).sourceTime().plusSeconds(600));
        assertThat(c.status().readingsStored()).isEqualTo(stored.size());
    }

    @Test
    void afterTheServerRestartsValuesResume() throws Exception {
        OpcUaConnection c = start(config(sim.meters().endpointUrl(), OpcUaMeters.NAMESPACE_URI));
        await("connected", Duration.ofSeconds(30), () -> c.status().state() == OpcUaConnectionState.CONNECTED);
        await("a value", Duration.ofSeconds(20), () -> count(MeterKind.ELECTRICITY) >= 2);

        sim.meters().stop();
        await("the loss noticed", Duration.ofSeconds(60), () -> c.status().state() != OpcUaConnectionState.CONNECTED);
        Instant down = Instant.now();
        Thread.sleep(2_000); // the meters keep counting while the server is away
        sim.meters().start();

        await("connected again", Duration.ofSeconds(60), () -> c.status().state() == OpcUaConnectionState.CONNECTED);
        await("values after the restart", Duration.ofSeconds(30), () -> stored.stream()
                .filter(s -> s.kind() == MeterKind.ELECTRICITY && s.receivedAt().isAfter(down)).count() >= 3);
        assertThat(c.status().monitoredItems()).as("subscription recreated").isEqualTo(3);
    }

    @Test
    void aWrongNamespaceIsAnErrorThatSaysSo() throws Exception {
        OpcUaConnection c = start(config(sim.meters().endpointUrl(), "urn:not:there"));
        await("error", Duration.ofSeconds(30), () -> c.status().state() == OpcUaConnectionState.ERROR);
        assertThat(c.status().lastError()).contains("urn:not:there");
        assertThat(stored).isEmpty();
    }

    @Test
    void aGatewayThatIsNotThereYetIsRetriedUntilItIs() throws Exception {
        int port = freePort();
        OpcUaConnection c = start(config("opc.tcp://127.0.0.1:" + port + "/anju", OpcUaMeters.NAMESPACE_URI));
        await("error", Duration.ofSeconds(30), () -> c.status().state() == OpcUaConnectionState.ERROR);
        assertThat(c.status().lastError()).isNotBlank();
        try (Simulator later = Simulator.builder().project("TP").building("7").units(2).withoutLocks().opcUaPort(port)
                .speed(3600).seed(1).quiet().start()) {
            await("connected once it is up", Duration.ofSeconds(60),
                    () -> c.status().state() == OpcUaConnectionState.CONNECTED);
            await("values", Duration.ofSeconds(20), () -> count(MeterKind.WATER) >= 1);
            c.stop();
            assertThat(c.status().state()).isEqualTo(OpcUaConnectionState.DISCONNECTED);
        }
    }
}
