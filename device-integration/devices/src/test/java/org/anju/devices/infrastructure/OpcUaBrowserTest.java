package org.anju.devices.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.anju.devices.domain.OpcUaSecurityMode;
import org.anju.devices.domain.OpcUaSecurityPolicy;
import org.anju.simulator.Simulator;
import org.anju.simulator.opcua.OpcUaMeters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Auto-map's browse against the simulator's real OPC UA server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpcUaBrowserTest {

    private static Simulator sim;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        sim = Simulator.builder().project("TP").building("7").units(10).withoutLocks().opcUaPort(port).quiet().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static OpcUaConnection.Config config(String namespace) {
        return new OpcUaConnection.Config(1, "sim", sim.meters().endpointUrl(), OpcUaSecurityPolicy.NONE,
                OpcUaSecurityMode.NONE, null, null, namespace, 1, List.of());
    }

    @Test
    void everyMeterVariableUnderThePrefixIsFound() throws Exception {
        List<String> found = OpcUaBrowser.variables(config(OpcUaMeters.NAMESPACE_URI), "TP", new OpcUaCertificates());
        assertThat(found).hasSize(30).contains("TP.7.101.water", "TP.7.101.electricity", "TP.7.101.online",
                "TP.7.302.water");
        assertThat(found).as("properties are not meters").noneMatch(s -> s.endsWith("EngineeringUnits"));
    }

    @Test
    void levelsWiderThanOneBrowseRequestAreBrowsedInSeveral() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // 600 room folders on one level: more than a server takes in one Browse (Milo: 250)
        try (Simulator big = Simulator.builder().project("BIG").building("1").units(600).unitsPerFloor(30)
                .withoutLocks().opcUaPort(port).quiet().start()) {
            OpcUaConnection.Config c = new OpcUaConnection.Config(1, "big", big.meters().endpointUrl(),
                    OpcUaSecurityPolicy.NONE, OpcUaSecurityMode.NONE, null, null, OpcUaMeters.NAMESPACE_URI, 1, List.of());
            assertThat(OpcUaBrowser.variables(c, "BIG", new OpcUaCertificates())).hasSize(1_800).doesNotHaveDuplicates();
        }
    }

    @Test
    void anotherPrefixFindsNothing() throws Exception {
        assertThat(OpcUaBrowser.variables(config(OpcUaMeters.NAMESPACE_URI), "NOPE", new OpcUaCertificates())).isEmpty();
    }

    @Test
    void aNamespaceTheServerDoesNotHaveIsAnError() {
        assertThatThrownBy(() -> OpcUaBrowser.variables(config("urn:not:there"), "TP", new OpcUaCertificates()))
                .hasMessageContaining("urn:not:there");
    }
}
