package org.anju.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.anju.simulator.model.UnitSpec;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void optionsAsTheReadmeShowsThem() {
        Map<String, String> o = SimulatorMain.parse(new String[] {"--org", "demo", "--project", "DEMO-P1",
            "--building", "2", "--units=8", "--silent", "201,LK-DEMO-P1-2-102", "--speed", "600", "--no-opcua",
            "--quiet-faults"});
        assertThat(o).containsEntry("units", "8").containsEntry("no-opcua", "true").containsEntry("speed", "600");
        List<UnitSpec> units = SimulatorMain.configure(o).layout();
        assertThat(units).hasSize(8);
        assertThat(units).filteredOn(UnitSpec::silent).extracting(UnitSpec::room).containsExactly("102", "201");
        assertThat(units.get(0).deviceId()).isEqualTo("LK-DEMO-P1-2-101");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--speed"})).hasMessageContaining("--speed");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"units"})).hasMessageContaining("units");
        assertThatThrownBy(() -> SimulatorMain.configure(Map.of("colour", "red"))).hasMessageContaining("--colour");
        assertThatThrownBy(() -> SimulatorMain.configure(Map.of("silent", "999")).layout())
                .hasMessageContaining("999");
        assertThatThrownBy(() -> SimulatorMain.configure(Map.of("units", "0")).layout())
                .hasMessageContaining("units");
    }

    @Test
    void startIsAnInstantOrAnOffsetFromNow() {
        assertThat(SimulatorMain.parseStart("2025-03-01T00:00:00+08:00"))
                .isEqualTo(Instant.parse("2025-02-28T16:00:00Z"));
        Instant twoDaysAgo = SimulatorMain.parseStart("-P2D");
        assertThat(Duration.between(twoDaysAgo, Instant.now())).isBetween(Duration.ofHours(47), Duration.ofHours(49));
        assertThatThrownBy(() -> SimulatorMain.parseStart("yesterday")).hasMessageContaining("--start");
    }
}
