package org.anju.leasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.junit.jupiter.api.Test;

/** R6.3, R7.4c: a lease moves only along its state machine; terms change only while it is a draft. */
class LeaseTest {

    private final Instant t0 = Instant.parse("2026-08-20T02:00:00Z");

    private static Lease.Terms terms(LocalDate start, LocalDate end) {
        return new Lease.Terms(start, end, new BigDecimal("800.00"), new BigDecimal("1600.00"), "公租房标准租金");
    }

    private Lease lease(LeaseStatus initial) {
        LeaseFee property = new LeaseFee(7, "物业费", FeeCategory.PROPERTY, FeeCycle.MONTHLY, new BigDecimal("68.25"));
        return new Lease("HT2026000001", 1, new Lease.Place(11, 2, 3, "阳光家园 1号楼 101"), 5, 6, LeaseKind.NEW, null,
                terms(LocalDate.of(2026, 9, 1), LocalDate.of(2029, 8, 31)), List.of(property), initial, t0);
    }

    @Test
    void aSubmissionStartsANewRoundAtStepOne() {
        Lease l = lease(LeaseStatus.DRAFT);
        assertThat(l.approvalRound()).isZero();
        assertThat(l.moveTo(LeaseStatus.PENDING_APPROVAL, t0.plusSeconds(1))).isEqualTo(LeaseStatus.DRAFT);
        assertThat(l.status()).isEqualTo(LeaseStatus.PENDING_APPROVAL);
        assertThat(l.approvalRound()).isEqualTo(1);
        assertThat(l.approvalStep()).isEqualTo(1);

        l.advanceApproval(2, t0.plusSeconds(2));
        assertThat(l.approvalStep()).isEqualTo(2);

        l.moveTo(LeaseStatus.DRAFT, t0.plusSeconds(3));
        assertThat(l.approvalStep()).as("returned for changes").isZero();
        l.moveTo(LeaseStatus.PENDING_APPROVAL, t0.plusSeconds(4));
        assertThat(l.approvalRound()).as("the resubmission is a new round").isEqualTo(2);
        assertThat(l.approvalStep()).as("from step 1 again").isEqualTo(1);
    }

    @Test
    void signingAndMovingInAreTimed() {
        Lease l = lease(LeaseStatus.APPROVED);
        Instant signed = t0.plusSeconds(60);
        Instant moved = t0.plusSeconds(3600);
        l.moveTo(LeaseStatus.SIGNED, signed);
        l.moveTo(LeaseStatus.ACTIVE, moved);
        assertThat(l.signedAt()).isEqualTo(signed);
        assertThat(l.activatedAt()).isEqualTo(moved);
        assertThat(l.endedAt()).isNull();
        assertThat(l.updatedAt()).isEqualTo(moved);
        Instant end = moved.plusSeconds(86_400);
        l.moveTo(LeaseStatus.TERMINATED, end);
        assertThat(l.endedAt()).isEqualTo(end);
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        Lease l = lease(LeaseStatus.DRAFT);
        assertThatThrownBy(() -> l.moveTo(LeaseStatus.ACTIVE, t0.plusSeconds(5)))
                .isInstanceOf(IllegalLeaseTransitionException.class)
                .hasMessage("DRAFT -> ACTIVE")
                .satisfies(e -> {
                    IllegalLeaseTransitionException ex = (IllegalLeaseTransitionException) e;
                    assertThat(ex.from()).isEqualTo(LeaseStatus.DRAFT);
                    assertThat(ex.to()).isEqualTo(LeaseStatus.ACTIVE);
                });
        assertThat(l.status()).isEqualTo(LeaseStatus.DRAFT);
        assertThat(l.updatedAt()).isEqualTo(t0);
        assertThat(l.activatedAt()).isNull();
    }

    @Test
    void anEndedLeaseStaysEnded() {
        Lease l = lease(LeaseStatus.ACTIVE);
        l.moveTo(LeaseStatus.EXPIRED, t0.plusSeconds(1));
        l.moveTo(LeaseStatus.RENEWED, t0.plusSeconds(2));
        for (LeaseStatus s : LeaseStatus.values()) {
            assertThatThrownBy(() -> l.moveTo(s, t0.plusSeconds(3))).as(s.name())
                    .isInstanceOf(IllegalLeaseTransitionException.class);
        }
    }

    @Test
    void approvalStepsAdvanceOnlyWhilePending() {
        Lease l = lease(LeaseStatus.APPROVED);
        assertThatThrownBy(() -> l.advanceApproval(2, t0)).isInstanceOf(IllegalLeaseTransitionException.class);
    }

    @Test
    void termsChangeOnlyInADraft() {
        Lease l = lease(LeaseStatus.DRAFT);
        l.changeTerms(8, 9, terms(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30)), List.of(), t0.plusSeconds(9));
        assertThat(l.startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(l.leaseTypeId()).isEqualTo(8);
        assertThat(l.templateId()).isEqualTo(9);
        assertThat(l.fees()).isEmpty();

        l.moveTo(LeaseStatus.PENDING_APPROVAL, t0.plusSeconds(10));
        assertThatThrownBy(() -> l.changeTerms(8, 9, terms(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31)),
                List.of(), t0.plusSeconds(11))).isInstanceOf(IllegalLeaseTransitionException.class);
        assertThat(l.startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void theEndIsAfterTheStart() {
        assertThatThrownBy(() -> new Lease("HT1", 1, new Lease.Place(1, 1, 1, "x"), 1, 1, LeaseKind.NEW, null,
                terms(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1)), List.of(), LeaseStatus.DRAFT, t0))
                .isInstanceOf(IllegalArgumentException.class);
        Lease l = lease(LeaseStatus.DRAFT);
        assertThatThrownBy(() -> l.changeTerms(5, 6, terms(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31)),
                List.of(), t0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(l.endDate()).isEqualTo(LocalDate.of(2029, 8, 31));
    }

    @Test
    void theFeesAreACopy() {
        Lease l = lease(LeaseStatus.DRAFT);
        List<LeaseFee> fees = l.fees();
        assertThatThrownBy(() -> fees.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(l.fees()).containsExactly(new LeaseFee(7, "物业费", FeeCategory.PROPERTY, FeeCycle.MONTHLY,
                new BigDecimal("68.250")));
    }
}
