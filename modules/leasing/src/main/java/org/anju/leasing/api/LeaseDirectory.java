package org.anju.leasing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leases as other capabilities need them (finance bills them; devices grant keys): read-only, in the caller's tenant
 * scope. Personal data never leaves leasing through here except the applicant's name.
 */
public interface LeaseDirectory {

    /** A fee item bound to the lease, as the contract fixed it. */
    record Fee(long feeItemId, String name, String category, String cycle, String rule, BigDecimal amount) {
    }

    /** What a lease obliges the household to pay, and for which unit and term. */
    record BillingTerms(long leaseId, String number, LeaseStatus status, long householdId, String householdNumber,
                        String applicantName, String eligibilityCategory, long unitId, String unitLabel,
                        long projectId, BigDecimal area, LocalDate startDate, LocalDate endDate,
                        BigDecimal monthlyRent, BigDecimal deposit, List<Fee> fees) {
    }

    Optional<BillingTerms> billingTerms(long leaseId);

    /** Leases households live under now (ACTIVE or EXPIRED, not yet ended): for finance to catch up. */
    List<Long> liveLeaseIds();

    /** The resident accounts of each household (members who can sign in), for notices. */
    Map<Long, List<Long>> residentUsers(Collection<Long> householdIds);

    /** The household of a resident's account, if the account is a household member's. */
    Optional<Long> householdOfUser(long userId);

    /** The household's members by id with masked names (张*三), for key holders shown on locks' credential lists. */
    Map<Long, String> memberNames(long householdId);

    /** The live lease (ACTIVE or EXPIRED, not ended) of a household, if any: a resident's visitor codes hang on it. */
    Optional<BillingTerms> liveLeaseOfHousehold(long householdId);

    /**
     * Who lives in a unit under its ACTIVE lease now: the members checked in (all members for a lease that took over
     * from a renewed or changed one, as its activation listed them) and the lease's term. Devices grant keys on a lock
     * approved on an occupied unit with it; an EXPIRED lease is not included (its keys were revoked at expiry).
     */
    record Occupancy(long leaseId, long householdId, long unitId, List<Long> memberIds, LocalDate start, LocalDate end) {
    }

    Optional<Occupancy> activeLeaseOfUnit(long unitId);

    /**
     * A household living in a unit under a live lease (ACTIVE, or EXPIRED and not yet ended), as the occupancy and
     * contract rules of alerts read it (R7.3a, R7.3b): the term, how many members are registered in the household, and
     * the special-group flags (elderly living alone, disabled, serious illness) that call for a welfare watch.
     */
    record Residence(long leaseId, String leaseNumber, LeaseStatus status, long householdId, long unitId,
                     String unitLabel, long projectId, LocalDate start, LocalDate end, int registeredMembers,
                     boolean elderlyAlone, boolean disabled, boolean seriousIllness) {
    }

    /** Every live lease of the organization (one query; for daily passes, never per event). */
    List<Residence> residences();

    /** The live leases on the given units (one query; an event's few units). */
    List<Residence> residencesOfUnits(Collection<Long> unitIds);
}
