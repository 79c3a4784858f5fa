package org.anju.leasing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** R6.3, R7.4c: a lease's one state machine; every allowed change and every other one refused. */
class LeaseStatusTest {

    private static final Map<LeaseStatus, Set<LeaseStatus>> ALLOWED = Map.ofEntries(
            Map.entry(LeaseStatus.DRAFT, Set.of(LeaseStatus.PENDING_APPROVAL, LeaseStatus.CANCELLED)),
            Map.entry(LeaseStatus.PENDING_APPROVAL, Set.of(LeaseStatus.APPROVED, LeaseStatus.REJECTED, LeaseStatus.DRAFT)),
            Map.entry(LeaseStatus.APPROVED, Set.of(LeaseStatus.SIGNED, LeaseStatus.ACTIVE, LeaseStatus.CANCELLED)),
            Map.entry(LeaseStatus.REJECTED, Set.of()),
            Map.entry(LeaseStatus.SIGNED, Set.of(LeaseStatus.ACTIVE, LeaseStatus.CANCELLED)),
            Map.entry(LeaseStatus.ACTIVE, Set.of(LeaseStatus.RENEWED, LeaseStatus.CHANGED, LeaseStatus.TERMINATED,
                    LeaseStatus.EXPIRED)),
            Map.entry(LeaseStatus.EXPIRED, Set.of(LeaseStatus.RENEWED, LeaseStatus.TERMINATED)),
            Map.entry(LeaseStatus.RENEWED, Set.of()),
            Map.entry(LeaseStatus.CHANGED, Set.of()),
            Map.entry(LeaseStatus.TERMINATED, Set.of()),
            Map.entry(LeaseStatus.CANCELLED, Set.of()));

    @Test
    void everyPairIsAllowedExactlyAsDocumented() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(LeaseStatus.values());
        for (LeaseStatus from : LeaseStatus.values()) {
            for (LeaseStatus to : LeaseStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.allowedNext()).isEqualTo(ALLOWED.get(from));
        }
    }

    @Test
    void nobodyMovesInOnAnUnapprovedLease() {
        assertThat(LeaseStatus.DRAFT.canMoveTo(LeaseStatus.ACTIVE)).isFalse();
        assertThat(LeaseStatus.PENDING_APPROVAL.canMoveTo(LeaseStatus.SIGNED)).isFalse();
        assertThat(LeaseStatus.REJECTED.canMoveTo(LeaseStatus.DRAFT)).as("a rejection is final").isFalse();
        assertThat(LeaseStatus.TERMINATED.canMoveTo(LeaseStatus.ACTIVE)).isFalse();
    }

    @Test
    void liveAndEndedAreDisjoint() {
        assertThat(EnumSet.allOf(LeaseStatus.class).stream().filter(LeaseStatus::live))
                .containsExactlyInAnyOrder(LeaseStatus.SIGNED, LeaseStatus.ACTIVE);
        assertThat(EnumSet.allOf(LeaseStatus.class).stream().filter(LeaseStatus::ended))
                .containsExactlyInAnyOrder(LeaseStatus.RENEWED, LeaseStatus.CHANGED, LeaseStatus.TERMINATED,
                        LeaseStatus.EXPIRED, LeaseStatus.REJECTED, LeaseStatus.CANCELLED);
        for (LeaseStatus s : LeaseStatus.values()) {
            assertThat(s.live() && s.ended()).as(s.name()).isFalse();
        }
    }

    @Test
    void theAllowedSetCannotBeChangedByACaller() {
        Set<LeaseStatus> next = LeaseStatus.DRAFT.allowedNext();
        assertThatThrownBy(() -> next.add(LeaseStatus.ACTIVE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(LeaseStatus.DRAFT.canMoveTo(LeaseStatus.ACTIVE)).isFalse();
    }
}
