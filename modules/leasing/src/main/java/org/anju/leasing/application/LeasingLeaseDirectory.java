package org.anju.leasing.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.infrastructure.LeasingStore;

/** {@link LeaseDirectory} over leasing's own store. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeasingLeaseDirectory implements LeaseDirectory {

    @Inject
    LeasingStore store;

    @Inject
    UnitDirectory units;

    @Override
    public Optional<BillingTerms> billingTerms(long leaseId) {
        Optional<Lease> found = store.lease(leaseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Lease l = found.get();
        Household h = store.household(l.householdId()).orElseThrow();
        String applicant = h.applicant().map(HouseholdMember::name).orElse(h.number());
        Optional<UnitSummary> unit = units.find(l.unitId());
        List<Fee> fees = l.fees().stream().map(f -> new Fee(f.feeItemId(), f.name(), f.category().name(),
                f.cycle().name(), null, f.amount())).toList();
        return Optional.of(new BillingTerms(l.id(), l.number(), l.status(), h.id(), h.number(), applicant,
                h.eligibilityCategory().name(), l.unitId(), l.unitLabel(), l.projectId(),
                unit.map(UnitSummary::area).orElse(null), l.startDate(), l.endDate(), l.monthlyRent(), l.deposit(),
                fees));
    }

    @Override
    public List<Long> liveLeaseIds() {
        return store.leaseIdsInStatus(List.of(LeaseStatus.ACTIVE, LeaseStatus.EXPIRED));
    }

    @Override
    public Map<Long, List<Long>> residentUsers(Collection<Long> householdIds) {
        Map<Long, List<Long>> users = new HashMap<>();
        if (householdIds.isEmpty()) {
            return users;
        }
        for (Object[] r : store.residentUsers(householdIds)) {
            users.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((Long) r[1]);
        }
        return users;
    }

    @Override
    public Optional<Long> householdOfUser(long userId) {
        return store.memberByUser(userId).map(m -> m.household().id());
    }

    @Override
    public Map<Long, String> memberNames(long householdId) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        store.household(householdId).ifPresent(h -> h.members()
                .forEach(m -> names.put(m.id(), org.anju.privacy.api.Masks.name(m.name()))));
        return names;
    }

    @Override
    public Optional<BillingTerms> liveLeaseOfHousehold(long householdId) {
        return store.leasesOfHousehold(householdId, java.util.Set.of(LeaseStatus.ACTIVE, LeaseStatus.EXPIRED)).stream()
                .map(Lease::id).findFirst().flatMap(this::billingTerms);
    }

    @Override
    public Optional<Occupancy> activeLeaseOfUnit(long unitId) {
        return store.leasesOnUnit(unitId, java.util.Set.of(LeaseStatus.ACTIVE), null).stream().findFirst().map(l -> {
            List<Long> members = store.checkIn(l.id()).map(org.anju.leasing.domain.CheckIn::memberIds)
                    .orElseGet(() -> store.household(l.householdId()).map(h -> h.members().stream()
                            .map(HouseholdMember::id).toList()).orElse(List.of()));
            return new Occupancy(l.id(), l.householdId(), l.unitId(), members, l.startDate(), l.endDate());
        });
    }

    @Override
    public List<Residence> residences() {
        return residences(null);
    }

    @Override
    public List<Residence> residencesOfUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : residences(unitIds);
    }

    /** One query over lease and household, members counted in the same statement. */
    private List<Residence> residences(Collection<Long> unitIds) {
        String sql = "SELECT l.id, l.number, l.status, l.household_id, l.unit_id, l.unit_label, l.project_id, l.start_date,"
                + " l.end_date, (SELECT count(*) FROM household_member m WHERE m.household_id = h.id),"
                + " h.elderly_alone, h.disabled, h.serious_illness"
                + " FROM lease l JOIN household h ON h.id = l.household_id"
                + " WHERE l.status IN ('ACTIVE', 'EXPIRED')"
                + (unitIds == null ? "" : " AND l.unit_id IN (:units)") + " ORDER BY l.id";
        jakarta.persistence.Query q = store.em().createNativeQuery(sql);
        if (unitIds != null) {
            q.setParameter("units", java.util.Set.copyOf(unitIds));
        }
        List<?> rows = q.getResultList();
        List<Residence> out = new java.util.ArrayList<>(rows.size());
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            out.add(new Residence(((Number) r[0]).longValue(), (String) r[1], LeaseStatus.valueOf((String) r[2]),
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5], ((Number) r[6]).longValue(),
                    date(r[7]), date(r[8]), ((Number) r[9]).intValue(), Boolean.TRUE.equals(r[10]),
                    Boolean.TRUE.equals(r[11]), Boolean.TRUE.equals(r[12])));
        }
        return out;
    }

    private static java.time.LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }
}
