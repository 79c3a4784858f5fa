package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.anju.audit.api.AuditReason;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseEvent;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R7.4c: a lease changes status only through its state machine, and every change is recorded as a lease event with
 * the actor and the reason (also the reason of the audit revision). An illegal change answers 409 with the allowed ones.
 */
class LeaseLifecycleTest {

    /** One open transaction's resources, like the container's registry. */
    static final class OpenTransaction implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final Fixtures.RecordingStore store = new Fixtures.RecordingStore();
    private final LeaseLifecycle lifecycle = new LeaseLifecycle();
    private final OpenTransaction tx = new OpenTransaction();

    @BeforeEach
    void wire() {
        lifecycle.store = store;
        AuditReason.install(tx);
    }

    @AfterEach
    void unwire() {
        AuditReason.install(null);
    }

    private static Lease lease(LeaseStatus status) {
        return Fixtures.withId(new Lease("HT2026000007", 1, new Lease.Place(11, 2, 3, "阳光家园 1号楼 101"), 5, 6,
                LeaseKind.NEW, null, new Lease.Terms(LocalDate.of(2026, 9, 1), LocalDate.of(2029, 8, 31),
                new BigDecimal("800.00"), new BigDecimal("1600.00"), null), List.of(), status, Fixtures.T0), 77);
    }

    private <T> T as(String actor, java.util.function.Supplier<T> work) {
        return TenantScope.call(TenantId.ofOrganization("acme"), actor, work::get);
    }

    @Test
    void aMoveIsRecordedWithActorAndTrimmedReason() {
        Lease l = lease(LeaseStatus.PENDING_APPROVAL);
        LeaseStatus before = as("wang.approver", () -> lifecycle.move(l, LeaseStatus.REJECTED, "  收入超标，不符合保障条件 "));
        assertThat(before).isEqualTo(LeaseStatus.PENDING_APPROVAL);
        assertThat(l.status()).isEqualTo(LeaseStatus.REJECTED);
        assertThat(store.added).singleElement().isInstanceOfSatisfying(LeaseEvent.class, e -> {
            assertThat(e.leaseId()).isEqualTo(77);
            assertThat(e.from()).isEqualTo(LeaseStatus.PENDING_APPROVAL);
            assertThat(e.to()).isEqualTo(LeaseStatus.REJECTED);
            assertThat(e.actor()).isEqualTo("wang.approver");
            assertThat(e.reason()).isEqualTo("收入超标，不符合保障条件");
            assertThat(e.at()).isEqualTo(l.updatedAt());
        });
        assertThat(AuditReason.current()).as("the reason of the audit revision").isEqualTo("收入超标，不符合保障条件");
    }

    @Test
    void aBlankReasonIsNoReason() {
        Lease l = lease(LeaseStatus.DRAFT);
        as("li.officer", () -> lifecycle.move(l, LeaseStatus.PENDING_APPROVAL, "   "));
        assertThat(((LeaseEvent) store.added.get(0)).reason()).isNull();
        assertThat(AuditReason.current()).isNull();
    }

    @Test
    void anIllegalMoveAnswers409WithTheAllowedStatusesAndRecordsNothing() {
        Lease l = lease(LeaseStatus.DRAFT);
        assertThatThrownBy(() -> lifecycle.move(l, LeaseStatus.SIGNED, "签约"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("lease-status-transition");
                    assertThat(e.args()).containsExactly("DRAFT", "SIGNED");
                    assertThat(e.extensions()).containsEntry("from", LeaseStatus.DRAFT)
                            .containsEntry("to", LeaseStatus.SIGNED)
                            .containsEntry("allowed", LeaseStatus.DRAFT.allowedNext());
                });
        assertThat(l.status()).isEqualTo(LeaseStatus.DRAFT);
        assertThat(store.added).isEmpty();
        assertThat(AuditReason.current()).isNull();
    }

    @Test
    void outsideAnyScopeTheSystemActs() {
        Lease l = lease(LeaseStatus.ACTIVE);
        lifecycle.move(l, LeaseStatus.EXPIRED, "合同到期");
        assertThat(((LeaseEvent) store.added.get(0)).actor()).isEqualTo("system");
    }

    @Test
    void theFirstEventHasNoPreviousStatus() {
        Lease l = lease(LeaseStatus.DRAFT);
        as("li.officer", () -> {
            lifecycle.created(l, "配租导入 API 第 1 行");
            return null;
        });
        LeaseEvent e = (LeaseEvent) store.added.get(0);
        assertThat(e.from()).isNull();
        assertThat(e.to()).isEqualTo(LeaseStatus.DRAFT);
        assertThat(e.reason()).isEqualTo("配租导入 API 第 1 行");
    }
}
