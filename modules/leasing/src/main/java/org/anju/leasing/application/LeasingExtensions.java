package org.anju.leasing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.housing.api.ArchiveContributor;
import org.anju.housing.api.ArchiveSection;
import org.anju.housing.api.UnitCellDetails;
import org.anju.housing.api.UnitDetailsProvider;
import org.anju.kernel.api.Messages;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.privacy.api.Masks;

/**
 * What leasing adds to housing's pages (R6.1d, R7.4a): the occupant (masked name of the main applicant) and lease end
 * on the status board, in one query per board; and the lease history section of the one-room-one-archive.
 */
@ApplicationScoped
public class LeasingExtensions implements UnitDetailsProvider, ArchiveContributor {

    @Inject
    LeasingStore store;

    @Override
    public Map<Long, UnitCellDetails> details(Collection<Long> unitIds) {
        Map<Long, UnitCellDetails> out = new HashMap<>();
        for (Object[] row : store.livingLeasesOfUnits(unitIds)) {
            long unitId = (Long) row[0];
            LocalDate end = (LocalDate) row[1];
            String name = (String) row[2];
            UnitCellDetails before = out.get(unitId);
            if (before == null || before.leaseEnd() == null || end.isAfter(before.leaseEnd())) {
                out.put(unitId, new UnitCellDetails(Masks.name(name), end, null));
            }
        }
        return out;
    }

    @Override
    public List<ArchiveSection> sections(long unitId, Locale locale) {
        List<Lease> leases = store.leasesOfUnit(unitId);
        List<ArchiveSection.Row> rows = new ArrayList<>();
        for (Lease l : leases) {
            if (l.status() == org.anju.leasing.api.LeaseStatus.CANCELLED) {
                continue;
            }
            Household h = store.household(l.householdId()).orElse(null);
            String applicant = h == null ? "" : h.applicant().map(HouseholdMember::name).map(Masks::name).orElse("");
            rows.add(new ArchiveSection.Row(l.number(), (h == null ? "" : h.number() + " " + applicant) + "，"
                    + l.startDate() + " ~ " + l.endDate() + "，" + LeasingRules.status(locale, l.status())
                    + "，" + Messages.get(locale, "leasing.archive.rent", l.monthlyRent().toPlainString())));
        }
        if (rows.isEmpty()) {
            rows.add(new ArchiveSection.Row(Messages.get(locale, "leasing.archive.leaseHistory"),
                    Messages.get(locale, "leasing.archive.noLease")));
        }
        return List.of(new ArchiveSection("lease-history", Messages.get(locale, "leasing.archive.leaseHistory"), rows));
    }
}
