package org.anju.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.anju.app.demo.DemoPlan.Home;
import org.anju.app.demo.DemoPlan.IssuedLock;
import org.anju.app.demo.DemoPlan.Person;
import org.anju.simulator.Simulator;
import org.anju.simulator.model.DevicesFile;
import org.anju.simulator.model.MeterAnomaly;
import org.anju.simulator.model.Profile;
import org.anju.simulator.model.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo plan keeps its promises (README, ADR 0021), and the simulator reads the devices file made from it. */
class DemoPlanTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    @Test
    void twelveUnitsOneVacantOneElderlyAloneOneSubletLookingTheRestOrdinaryHouseholds() {
        List<Home> homes = DemoPlan.homes();
        assertThat(homes).extracting(Home::room).containsExactly("101", "102", "103", "104", "201", "202", "203",
                "204", "301", "302", "303", "304");
        assertThat(homes).filteredOn(h -> h.household() == null).extracting(Home::room, Home::profile)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("102", Profile.VACANT));
        assertThat(homes).filteredOn(h -> h.profile() == Profile.ELDERLY).singleElement().satisfies(h -> {
            assertThat(h.household().elderlyAlone()).isTrue();
            assertThat(h.household().members()).singleElement()
                    .satisfies(p -> assertThat(p.birthDate()).isBefore(LocalDate.of(1960, 1, 1)));
        });
        assertThat(homes).filteredOn(h -> h.profile() == Profile.SUBLET).hasSize(1)
                .allSatisfy(h -> assertThat(h.household()).isNotNull());
        assertThat(homes).filteredOn(h -> h.profile() == Profile.RESIDENT).hasSize(9)
                .allSatisfy(h -> assertThat(h.household().elderlyAlone()).isFalse());
        assertThat(homes).filteredOn(h -> h.meter() == MeterAnomaly.JUMP).extracting(Home::room).containsExactly("201");
        assertThat(homes).allSatisfy(h -> assertThat(h.floor()).isBetween(1, DemoPlan.FLOORS));
    }

    @Test
    void everyHouseholdHasOneApplicantWithAPhoneAndValidUniqueIdNumbers() {
        Set<String> ids = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        for (Home h : DemoPlan.homes()) {
            if (h.household() == null) {
                continue;
            }
            List<Person> members = h.household().members();
            assertThat(members).filteredOn(Person::applicant).singleElement().satisfies(p -> {
                assertThat(p.relation()).isEqualTo("SELF");
                assertThat(p.phone()).matches("1[3-9]\\d{9}");
                assertThat(phones.add(p.phone())).as("phone %s unique", p.phone()).isTrue();
            });
            for (Person p : members) {
                assertThat(validId(p.idNumber())).as("check digit of %s", p.idNumber()).isTrue();
                assertThat(p.idNumber()).startsWith(DemoPlan.DIVISION_CODE)
                        .contains(String.format("%04d%02d%02d", p.birthDate().getYear(),
                                p.birthDate().getMonthValue(), p.birthDate().getDayOfMonth()));
                assertThat(ids.add(p.idNumber())).as("ID %s unique", p.idNumber()).isTrue();
            }
            assertThat(usernames.add(h.household().residentUsername())).isTrue();
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void leasesStartOnTheFirstOfAPastMonthAndRentIsToTheFen() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (Home h : DemoPlan.homes()) {
            assertThat(h.monthlyRent().scale()).isEqualTo(2);
            if (h.household() != null) {
                LocalDate start = h.leaseStart(today);
                assertThat(start.getDayOfMonth()).isEqualTo(1);
                assertThat(start).isBefore(today).isAfter(today.minusYears(1));
            }
        }
        assertThat(DemoPlan.homes().get(0).monthlyRent()).hasToString("879.00"); // 58.60 ㎡ × 15 元
    }

    @Test
    void theSimulatorReadsTheDevicesFileAsThePlanSays(@TempDir Path dir) throws IOException {
        List<IssuedLock> locks = DemoPlan.homes().stream()
                .map(h -> new IssuedLock(h.room(), h.deviceId(), "s3cret-" + h.room())).toList();
        Path file = dir.resolve("devices.json");
        Files.writeString(file, DemoPlan.devicesFile(locks).toString());

        List<UnitSpec> units = DevicesFile.read(file, DemoPlan.NODE_PREFIX, "9", 42);
        assertThat(units).hasSize(12);
        for (int i = 0; i < units.size(); i++) {
            UnitSpec u = units.get(i);
            Home h = DemoPlan.homes().get(i);
            assertThat(u.room()).isEqualTo(h.room());
            assertThat(u.building()).isEqualTo(DemoPlan.SIM_BUILDING);
            assertThat(u.deviceId()).isEqualTo("LK-DEMO-P1-1-" + h.room()).isEqualTo(h.deviceId());
            assertThat(u.secret()).isEqualTo("s3cret-" + h.room());
            assertThat(u.profile()).isEqualTo(h.profile());
            assertThat(u.meterAnomaly()).isEqualTo(h.meter());
            // the NodeIds the gateway's CONVENTION auto-map writes for building 1号楼 (short name 1)
            assertThat(u.meterKey()).isEqualTo("DEMO-P1.1." + h.room());
        }
        // and the simulator lays it out without starting anything
        assertThat(Simulator.builder().devicesFile(file).layout()).hasSize(12);
    }

    @Test
    void aLockOutsideThePlanIsRefused() {
        assertThatThrownBy(() -> DemoPlan.devicesFile(List.of(new IssuedLock("999", "LK-X", "s"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThat(DemoPlan.byDeviceId("LK-DEMO-P1-1-104").profile()).isEqualTo(Profile.ELDERLY);
        assertThat(DemoPlan.byDeviceId("LK-OTHER")).isNull();
    }

    private static boolean validId(String id) {
        if (!id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11) == id.charAt(17);
    }
}
