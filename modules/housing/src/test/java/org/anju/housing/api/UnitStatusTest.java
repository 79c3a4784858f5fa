package org.anju.housing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R6.1c: the one state machine of 房态; every allowed change and every other one refused. */
class UnitStatusTest {

    private static final Map<UnitStatus, Set<UnitStatus>> ALLOWED = Map.of(
            UnitStatus.PENDING_ALLOCATION, Set.of(UnitStatus.OCCUPIED, UnitStatus.UNDER_REPAIR, UnitStatus.VACANT),
            UnitStatus.OCCUPIED, Set.of(UnitStatus.UNDER_REPAIR, UnitStatus.VACANT),
            UnitStatus.UNDER_REPAIR, Set.of(UnitStatus.PENDING_ALLOCATION, UnitStatus.OCCUPIED, UnitStatus.VACANT),
            UnitStatus.VACANT, Set.of(UnitStatus.PENDING_ALLOCATION, UnitStatus.UNDER_REPAIR));

    @Test
    void everyPairIsAllowedExactlyAsDocumented() {
        for (UnitStatus from : UnitStatus.values()) {
            for (UnitStatus to : UnitStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.allowedNext()).isEqualTo(ALLOWED.get(from));
        }
    }

    @Test
    void nobodyMovesIntoAVacantUnitWithoutAnAllocation() {
        assertThat(UnitStatus.VACANT.canMoveTo(UnitStatus.OCCUPIED)).isFalse();
        assertThat(UnitStatus.OCCUPIED.canMoveTo(UnitStatus.PENDING_ALLOCATION)).isFalse();
    }

    @Test
    void chineseNamesRoundTrip() {
        for (UnitStatus s : UnitStatus.values()) {
            assertThat(UnitStatus.parse(s.chinese())).isEqualTo(s);
            assertThat(UnitStatus.parse(s.name().toLowerCase())).isEqualTo(s);
        }
        assertThat(UnitStatus.parse("已入住 ")).isEqualTo(UnitStatus.OCCUPIED);
        assertThat(UnitStatus.parse("出租")).isNull();
        assertThat(UnitStatus.parse(null)).isNull();
    }
}
