package org.anju.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** P1: the tenant of a thread is bound only inside a scope, restored after it, and never inherited. */
class TenantScopeTest {

    private static final TenantId A = TenantId.ofOrganization("alpha");
    private static final TenantId B = TenantId.ofOrganization("beta");

    @AfterEach
    void noTransaction() {
        TenantScope.installTransactionProbe(() -> false);
    }

    @Test
    void noTenantOutsideAScopeFailsClosed() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantException.class);
    }

    @Test
    void scopeBindsAndRestores() {
        TenantScope.run(A, () -> {
            assertThat(TenantContext.require()).isEqualTo(A);
            TenantScope.run(B, () -> assertThat(TenantContext.require()).isEqualTo(B));
            assertThat(TenantContext.require()).isEqualTo(A);
        });
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void scopeIsRestoredWhenWorkThrows() {
        assertThatThrownBy(() -> TenantScope.run(A, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void actorTravelsWithTheScope() throws Exception {
        String actor = TenantScope.call(A, "alice@alpha", TenantContext::actor);
        assertThat(actor).isEqualTo("alice@alpha");
        assertThat(TenantContext.actor()).isEqualTo("system");
    }

    @Test
    void otherThreadsDoNotInheritTheTenant() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> seen = TenantScope.get(A, () -> pool.submit(() -> TenantContext.current().isPresent()));
            assertThat(seen.get()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void switchingTenantInsideATransactionIsRefused() {
        TenantScope.installTransactionProbe(() -> true);
        TenantScope.run(A, () -> {
            assertThatThrownBy(() -> TenantScope.run(B, () -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("one tenant per transaction");
            TenantScope.run(A, () -> assertThat(TenantContext.require()).isEqualTo(A)); // same tenant is fine
        });
    }
}
