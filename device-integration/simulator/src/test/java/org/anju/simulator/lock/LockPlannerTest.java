package org.anju.simulator.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.anju.simulator.model.MeterModel;
import org.anju.simulator.model.Profile;
import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitLayout;
import org.anju.simulator.model.UnitSpec;
import org.junit.jupiter.api.Test;

class LockPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private final List<UnitSpec> units = UnitLayout.generate("P", "1", 6, 4, 42);

    private LockPlanner planner(int index, long seed, Instant elderlyStopsAt) {
        UnitSpec u = units.get(index);
        return new LockPlanner(u, seed, MeterModel.persons(u, seed), elderlyStopsAt, 0, 0);
    }

    @Test
    void theSameSeedPlansTheSameDay() {
        assertThat(planner(0, 42, null).plan(MONDAY)).isEqualTo(planner(0, 42, null).plan(MONDAY));
        assertThat(planner(2, 42, null).plan(MONDAY)).isEqualTo(planner(2, 42, null).plan(MONDAY));
        boolean anyDifferent = false;
        for (int d = 0; d < 7; d++) {
            anyDifferent |= !planner(0, 42, null).plan(MONDAY.plusDays(d))
                    .equals(planner(0, 43, null).plan(MONDAY.plusDays(d)));
        }
        assertThat(anyDifferent).isTrue();
    }

    @Test
    void residentsComeHomeInTheEvening() {
        long evening = 0;
        long total = 0;
        for (int d = 0; d < 5; d++) {
            for (PlannedAction a : planner(0, 42, null).plan(MONDAY.plusDays(d))) {
                if (a.kind() == PlannedAction.Kind.RESIDENT_OPENS) {
                    total++;
                    int h = a.at().atZone(SimClock.ZONE).getHour();
                    if (h >= 17 && h <= 21) {
                        evening++;
                    }
                }
            }
        }
        assertThat(total).isPositive();
        assertThat(evening * 2).isGreaterThanOrEqualTo(total);
    }

    @Test
    void theSubletUnitUsesManyDistinctCredentialsAtOddHours() {
        assertThat(units.get(2).profile()).isEqualTo(Profile.SUBLET);
        Set<String> credentials = new HashSet<>();
        long oddHours = 0;
        long total = 0;
        for (int d = 0; d < 7; d++) {
            for (PlannedAction a : planner(2, 42, null).plan(MONDAY.plusDays(d))) {
                credentials.add(a.credentialId());
                total++;
                int h = a.at().atZone(SimClock.ZONE).getHour();
                if (h >= 22 || h < 6 || (h >= 12 && h < 16)) {
                    oddHours++;
                }
            }
        }
        assertThat(credentials.size()).isGreaterThanOrEqualTo(15);
        assertThat(oddHours).isEqualTo(total);
    }

    @Test
    void nobodyOpensTheVacantUnit() {
        for (int d = 0; d < 14; d++) {
            assertThat(planner(1, 42, null).plan(MONDAY.plusDays(d))).isEmpty();
        }
    }

    @Test
    void theElderlyResidentStopsOpeningAtTheConfiguredTime() {
        Instant stops = MONDAY.plusDays(2).atStartOfDay(SimClock.ZONE).toInstant();
        long before = 0;
        for (int d = 0; d < 2; d++) {
            before += planner(3, 42, stops).plan(MONDAY.plusDays(d)).size();
        }
        assertThat(before).isPositive();
        for (int d = 2; d < 6; d++) {
            assertThat(planner(3, 42, stops).plan(MONDAY.plusDays(d))).isEmpty();
        }
    }
}
