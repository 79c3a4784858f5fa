package org.anju.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitLayoutTest {

    @Test
    void twelveUnitsShowEveryProfile() {
        List<UnitSpec> units = UnitLayout.generate("DEMO-P1", "1", 12, 4, 42);
        assertThat(units).extracting(UnitSpec::room).containsExactly("101", "102", "103", "104", "201", "202", "203",
                "204", "301", "302", "303", "304");
        assertThat(units).extracting(UnitSpec::profile).contains(Profile.RESIDENT, Profile.VACANT, Profile.SUBLET,
                Profile.ELDERLY);
        assertThat(units).filteredOn(u -> u.meterAnomaly() == MeterAnomaly.JUMP).hasSize(1);
        assertThat(units.get(0).deviceId()).isEqualTo("LK-DEMO-P1-1-101");
        assertThat(units.get(0).secret()).isEqualTo("secret-LK-DEMO-P1-1-101");
        assertThat(units.get(0).meterKey()).isEqualTo("DEMO-P1.1.101");
        assertThat(units.get(11).initialBattery()).isLessThan(21); // the one that will report LOW_BATTERY
    }

    @Test
    void aDevicesFileNamesTheDevices(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("devices.json");
        Files.writeString(file, """
                {"devices": [
                  {"room": "0101", "deviceId": "SN-0001", "secret": "s1", "profile": "sublet", "silent": true},
                  {"room": "0102", "building": "B", "battery": 15}
                ]}""");
        List<UnitSpec> units = DevicesFile.read(file, "P9", "A", 1);
        assertThat(units.get(0)).extracting(UnitSpec::deviceId, UnitSpec::secret, UnitSpec::profile, UnitSpec::silent)
                .containsExactly("SN-0001", "s1", Profile.SUBLET, true);
        assertThat(units.get(1)).extracting(UnitSpec::deviceId, UnitSpec::meterKey, UnitSpec::initialBattery)
                .containsExactly("LK-P9-B-0102", "P9.B.0102", 15.0);
    }

    @Test
    void badDevicesFilesSayWhatIsWrong(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("devices.json");
        Files.writeString(file, "{\"devices\": [{\"room\": \"1/2\"}]}");
        assertThatThrownBy(() -> DevicesFile.read(file, "P", "1", 1)).hasMessageContaining("devices[0]")
                .hasMessageContaining("room");
        Files.writeString(file, "{\"devices\": [{\"room\": \"1\", \"deviceId\": \"a+b\"}]}");
        assertThatThrownBy(() -> DevicesFile.read(file, "P", "1", 1)).hasMessageContaining("deviceId");
    }
}
