package org.anju.leasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.kernel.api.ProblemException;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.security.api.CurrentPrincipal;

/**
 * The signed-in resident's member record and household. A resident sees only their household: a lease of another
 * household answers 404, exactly as a lease that does not exist (no hint that it does).
 */
@ApplicationScoped
public class ResidentContext {

    @Inject
    LeasingStore store;

    public HouseholdMember member() {
        long userId = CurrentPrincipal.require().subjectId();
        return store.memberByUser(userId).orElseThrow(() -> ProblemException.notFound("household-not-found", "-"));
    }

    public Household household() {
        return member().household();
    }

    /** A lease of the resident's household, or 404. */
    public Lease lease(long leaseId, boolean lock) {
        Household h = household();
        Lease l = lock ? store.leaseForUpdate(leaseId) : store.lease(leaseId).orElse(null);
        if (l == null || l.householdId() != h.id()) {
            throw ProblemException.notFound("lease-not-found", leaseId);
        }
        return l;
    }
}
