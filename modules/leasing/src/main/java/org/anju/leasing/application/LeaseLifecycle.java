package org.anju.leasing.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.audit.api.AuditReason;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.IllegalLeaseTransitionException;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseEvent;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.tenancy.api.TenantContext;

/**
 * The one way a lease changes status (R7.4c): through its state machine, with the actor and reason recorded as a lease
 * event and as the reason of the Envers revision. An illegal change answers 409 with the allowed ones.
 */
@ApplicationScoped
public class LeaseLifecycle {

    @Inject
    LeasingStore store;

    public LeaseStatus move(Lease lease, LeaseStatus to, String reason) {
        Instant now = Instant.now();
        LeaseStatus from;
        try {
            from = lease.moveTo(to, now);
        } catch (IllegalLeaseTransitionException e) {
            throw refused(e.from(), e.to());
        }
        String why = LeasingRules.trim(reason);
        if (why != null) {
            AuditReason.set(why);
        }
        store.add(new LeaseEvent(lease.id(), from, to, now, TenantContext.actor(), why));
        return from;
    }

    /** The first event of a lease: it came into being in {@code status}. */
    public void created(Lease lease, String reason) {
        String why = LeasingRules.trim(reason);
        if (why != null) {
            AuditReason.set(why);
        }
        store.add(new LeaseEvent(lease.id(), null, lease.status(), Instant.now(), TenantContext.actor(), why));
    }

    public static ProblemException refused(LeaseStatus from, LeaseStatus to) {
        return new ProblemException(409, "lease-status-transition", from.name(), to.name())
                .with("from", from).with("to", to).with("allowed", from.allowedNext());
    }
}
