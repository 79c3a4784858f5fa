package org.anju.housing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.anju.housing.api.UnitStatus;
import org.junit.jupiter.api.Test;

class UnitTest {

    private final Instant t0 = Instant.parse("2026-11-21T00:00:00Z");

    private Unit unit(UnitStatus status) {
        Project p = new Project(new Project.ProjectDetails("阳光家园", "文三路", "330106", null, null, null, null, null), t0);
        Building b = new Building(p, "1号楼", 6, true, 2020, t0);
        return new Unit(b, new Unit.UnitDetails("101", 1, "一室一厅", new BigDecimal("45.50"), "南", null, null, null, null,
                List.of("lock-1")), status, t0);
    }

    @Test
    void statusMovesAlongTheStateMachine() {
        Unit u = unit(UnitStatus.VACANT);
        Instant t1 = t0.plusSeconds(60);
        assertThat(u.moveTo(UnitStatus.PENDING_ALLOCATION, t1)).isEqualTo(UnitStatus.VACANT);
        assertThat(u.status()).isEqualTo(UnitStatus.PENDING_ALLOCATION);
        assertThat(u.statusChangedAt()).isEqualTo(t1);
        u.moveTo(UnitStatus.OCCUPIED, t1.plusSeconds(1));
        assertThat(u.status()).isEqualTo(UnitStatus.OCCUPIED);
    }

    @Test
    void illegalChangesAreRefusedAndChangeNothing() {
        Unit u = unit(UnitStatus.VACANT);
        assertThatThrownBy(() -> u.moveTo(UnitStatus.OCCUPIED, t0.plusSeconds(5)))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> {
                    IllegalTransitionException ite = (IllegalTransitionException) e;
                    assertThat(ite.from()).isEqualTo(UnitStatus.VACANT);
                    assertThat(ite.to()).isEqualTo(UnitStatus.OCCUPIED);
                });
        assertThat(u.status()).isEqualTo(UnitStatus.VACANT);
        assertThat(u.statusChangedAt()).isEqualTo(t0);
    }

    @Test
    void theSameStatusAgainIsNoChange() {
        Unit u = unit(UnitStatus.UNDER_REPAIR);
        assertThat(u.moveTo(UnitStatus.UNDER_REPAIR, t0.plusSeconds(9))).isEqualTo(UnitStatus.UNDER_REPAIR);
        assertThat(u.statusChangedAt()).isEqualTo(t0);
    }

    @Test
    void devicesAreKeptAsReferences() {
        assertThat(unit(UnitStatus.VACANT).devices()).containsExactly("lock-1");
    }
}
