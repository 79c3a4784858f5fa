package org.anju.finance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseActivated;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.leasing.api.LeaseEnded;
import org.anju.leasing.api.LeaseStatus;

/**
 * Keeps finance's lease accounts in step with leasing (R6.4a): an account opens when a lease becomes active (in the
 * same transaction, so a household never lives in a unit finance does not bill) and stops billing when the lease
 * ends — except on expiry, because the household still lives there until it moves out and keeps paying.
 */
@ApplicationScoped
public class LeaseAccounts {

    @Inject
    FinanceStore store;

    @Inject
    LeaseDirectory leases;

    void onActivated(@Observes LeaseActivated event) {
        open(event.leaseId());
    }

    void onEnded(@Observes LeaseEnded event) {
        if (event.status() == LeaseStatus.EXPIRED) {
            return;
        }
        store.account(event.leaseId()).ifPresent(a -> a.end(event.endedOn(), Instant.now()));
    }

    /** Opens (or refreshes from leasing) the account of a lease. */
    @Transactional
    public LeaseAccount open(long leaseId) {
        LeaseDirectory.BillingTerms t = leases.billingTerms(leaseId)
                .orElseThrow(() -> ProblemException.notFound("lease-not-found", leaseId));
        LeaseAccount.Terms terms = new LeaseAccount.Terms(t.number(), t.householdId(), t.householdNumber(),
                t.applicantName(), t.unitId(), t.unitLabel(), t.projectId(),
                t.area() == null ? BigDecimal.ONE : t.area(), t.monthlyRent(), t.deposit(), t.eligibilityCategory(),
                t.startDate(), t.endDate());
        Instant now = Instant.now();
        LeaseAccount account = store.account(leaseId).orElse(null);
        if (account == null) {
            account = store.add(new LeaseAccount(leaseId, terms, now));
            store.em().flush();
        } else {
            account.refresh(terms, now);
        }
        List<Object[]> fees = new ArrayList<>();
        for (LeaseDirectory.Fee f : t.fees()) {
            fees.add(new Object[] {f.feeItemId(), f.name(), f.category(), f.cycle(), f.amount()});
        }
        store.replaceFees(leaseId, fees);
        return account;
    }

    /** Opens the accounts of live leases finance does not know yet (leases signed before finance existed). */
    @Transactional
    public int catchUp() {
        int opened = 0;
        for (long id : leases.liveLeaseIds()) {
            if (store.account(id).isEmpty()) {
                open(id);
                opened++;
            }
        }
        return opened;
    }
}
