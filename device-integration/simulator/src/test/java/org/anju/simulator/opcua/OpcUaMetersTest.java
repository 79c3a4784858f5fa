package org.anju.simulator.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.anju.simulator.Simulator;
import org.anju.simulator.model.MeterAnomaly;
import org.anju.simulator.model.Profile;
import org.anju.simulator.model.UnitSpec;
import org.anju.simulator.opcua.OpcUaMeters.Quantity;
import org.anju.simulator.support.Ports;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.api.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.api.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.api.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MonitoringMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoredItemCreateRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoringParameters;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulator's OPC UA server seen through a real Milo client, as the platform will see it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpcUaMetersTest {

    private static Simulator sim;
    private static OpcUaMeters meters;
    private static UnitSpec resident;
    private static UnitSpec vacant;

    @BeforeAll
    static void start() {
        // an hour a second: electricity (0.01 kWh resolution) changes every second in every hour of the day
        sim = Simulator.builder().project("TP").building("7").units(6).withoutLocks().opcUaPort(Ports.freePort())
                .speed(3600).seed(42).quiet().start();
        meters = sim.meters();
        resident = sim.units().get(0);
        vacant = sim.units().get(1);
        assertThat(resident.profile()).isEqualTo(Profile.RESIDENT);
        assertThat(vacant.profile()).isEqualTo(Profile.VACANT);
    }

    @AfterAll
    static void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void aSubscriptionSeesMeterValuesChange() throws Exception {
        OpcUaClient client = connect(meters.endpointUrl(), new AnonymousProvider());
        try {
            NodeId electricity = nodeId(client, OpcUaMeters.nodeId(resident, Quantity.ELECTRICITY));
            List<Double> values = subscribe(client, electricity);
            awaitSize(values, 3, Duration.ofSeconds(15));
            assertThat(values.get(2)).isGreaterThan(values.get(0));
            assertThat(values).isSorted(); // cumulative readings never go back
        } finally {
            client.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void nodesFollowTheDocumentedSchemeWithUnitsAndTimestamps() throws Exception {
        OpcUaClient client = connect(meters.endpointUrl(), new AnonymousProvider());
        try {
            assertThat(OpcUaMeters.nodeId(resident, Quantity.WATER)).isEqualTo("TP.7.101.water");
            DataValue water = read(client, nodeId(client, "TP.7.101.water"));
            assertThat(water.getValue().getValue()).isInstanceOf(Double.class);
            assertThat(water.getStatusCode().isGood()).isTrue();
            // the source timestamp is the simulated clock, ahead of the wall clock at speed 3600
            assertThat(water.getSourceTime().getJavaInstant()).isAfterOrEqualTo(sim.clock().start());
            DataValue online = read(client, nodeId(client, "TP.7.101.online"));
            assertThat(online.getValue().getValue()).isEqualTo(Boolean.TRUE);

            DataValue eu = read(client, nodeId(client, "TP.7.101.water.EngineeringUnits"));
            EUInformation info = (EUInformation) ((ExtensionObject) eu.getValue().getValue())
                    .decode(client.getStaticSerializationContext());
            assertThat(info.getDisplayName().getText()).isEqualTo("m³");
            assertThat(info.getUnitId()).isEqualTo(('M' << 16) | ('T' << 8) | 'Q');

            double vacantBefore = (Double) read(client, nodeId(client, "TP.7.102.water")).getValue().getValue();
            Thread.sleep(2100);
            assertThat((Double) read(client, nodeId(client, "TP.7.102.water")).getValue().getValue())
                    .isEqualTo(vacantBefore);
        } finally {
            client.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMeterTakenOfflineShowsOnlineFalseAndFrozenReadings() throws Exception {
        UnitSpec other = sim.units().get(5);
        OpcUaClient client = connect(meters.endpointUrl(), new AnonymousProvider());
        try {
            meters.setOnline(other.room(), false);
            NodeId kwh = nodeId(client, OpcUaMeters.nodeId(other, Quantity.ELECTRICITY));
            assertThat(read(client, nodeId(client, OpcUaMeters.nodeId(other, Quantity.ONLINE))).getValue().getValue())
                    .isEqualTo(Boolean.FALSE);
            Object frozen = read(client, kwh).getValue().getValue();
            Thread.sleep(1500);
            assertThat(read(client, kwh).getValue().getValue()).isEqualTo(frozen);
            meters.setOnline(other.room(), true);
            assertThat((Double) read(client, kwh).getValue().getValue()).isGreaterThan((Double) frozen);
        } finally {
            meters.setOnline(other.room(), true);
            client.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void afterARestartOnTheSamePortANewSessionReadsAndSubscribesAgain() throws Exception {
        OpcUaClient before = connect(meters.endpointUrl(), new AnonymousProvider());
        String id = OpcUaMeters.nodeId(resident, Quantity.ELECTRICITY);
        double first = (Double) read(before, nodeId(before, id)).getValue().getValue();

        meters.stop();
        assertThat(meters.isRunning()).isFalse();
        Thread.sleep(1200); // readings go on counting while the server is down
        meters.start();
        assertThat(meters.isRunning()).isTrue();

        // the platform's way (RECIPES): a new session with new subscriptions
        OpcUaClient after = connect(meters.endpointUrl(), new AnonymousProvider());
        try {
            double second = (Double) read(after, nodeId(after, id)).getValue().getValue();
            assertThat(second).isGreaterThan(first);
            List<Double> values = subscribe(after, nodeId(after, id));
            awaitSize(values, 2, Duration.ofSeconds(10));
            assertThat(values.get(1)).isGreaterThan(values.get(0));

            // and the old client's session is re-established by Milo on its own: reads work again
            Double again = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (again == null && System.nanoTime() < deadline) {
                try {
                    again = (Double) read(before, nodeId(before, id)).getValue().getValue();
                } catch (Exception reconnecting) {
                    Thread.sleep(250);
                }
            }
            assertThat(again).isNotNull().isGreaterThan(first);
        } finally {
            after.disconnect().get(10, TimeUnit.SECONDS);
            before.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theJumpUnitIsThere() {
        assertThat(sim.units()).filteredOn(u -> u.meterAnomaly() == MeterAnomaly.JUMP).hasSize(1);
    }

    @Test
    void usernameAndPasswordWhenConfigured() throws Exception {
        try (Simulator secured = Simulator.builder().project("TQ").units(1).withoutLocks()
                .opcUaPort(Ports.freePort()).opcUaUser("meter-reader", "s3cret").opcUaAnonymous(false).quiet()
                .start()) {
            String url = secured.meters().endpointUrl();
            assertThatThrownBy(() -> connect(url, new AnonymousProvider())).isNotNull();
            assertThatThrownBy(() -> connect(url, new UsernameProvider("meter-reader", "wrong"))).isNotNull();
            OpcUaClient client = connect(url, new UsernameProvider("meter-reader", "s3cret"));
            try {
                assertThat(read(client, nodeId(client, "TQ.1.101.online")).getValue().getValue())
                        .isEqualTo(Boolean.TRUE);
            } finally {
                client.disconnect().get(10, TimeUnit.SECONDS);
            }
        }
    }

    // ------------------------------------------------------------------ a minimal platform-side client

    static OpcUaClient connect(String url, IdentityProvider identity) throws Exception {
        OpcUaClient client = OpcUaClient.create(url,
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri()))
                        .findFirst(),
                config -> config.setApplicationName(LocalizedText.english("anju simulator test"))
                        .setApplicationUri("urn:anju:simulator:test")
                        .setIdentityProvider(identity)
                        .setRequestTimeout(uint(5000))
                        .build());
        try {
            client.connect().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            client.disconnect();
            throw e;
        }
        client.readNamespaceTable();
        return client;
    }

    static NodeId nodeId(OpcUaClient client, String id) {
        return new NodeId(client.getNamespaceTable().getIndex(OpcUaMeters.NAMESPACE_URI), id);
    }

    static DataValue read(OpcUaClient client, NodeId node) throws Exception {
        DataValue v = client.readValue(0, TimestampsToReturn.Both, node).get(5, TimeUnit.SECONDS);
        assertThat(v.getStatusCode().isGood()).as("read %s: %s", node, v.getStatusCode()).isTrue();
        return v;
    }

    static List<Double> subscribe(OpcUaClient client, NodeId node) throws Exception {
        List<Double> values = new CopyOnWriteArrayList<>();
        UaSubscription sub = client.getSubscriptionManager().createSubscription(200.0).get(5, TimeUnit.SECONDS);
        ReadValueId rv = new ReadValueId(node, AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE);
        MonitoringParameters p = new MonitoringParameters(sub.nextClientHandle(), 200.0, null, uint(10), true);
        List<UaMonitoredItem> items = sub.createMonitoredItems(TimestampsToReturn.Both,
                List.of(new MonitoredItemCreateRequest(rv, MonitoringMode.Reporting, p)),
                (item, i) -> item.setValueConsumer(v -> values.add((Double) v.getValue().getValue())))
                .get(5, TimeUnit.SECONDS);
        assertThat(items.get(0).getStatusCode().isGood()).isTrue();
        return values;
    }

    static void awaitSize(List<?> list, int size, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(list).as("values received within %s", timeout).hasSizeGreaterThanOrEqualTo(size);
    }
}
