package org.anju.leasing.application;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditTrail;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.SpreadsheetWriter;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.ContractTemplate;
import org.anju.leasing.domain.FeeCategory;
import org.anju.leasing.domain.FeeItem;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseFee;
import org.anju.leasing.domain.LeaseFilter;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.infrastructure.LeasingStore;

/**
 * Drafting leases (R6.3): a household and a unit pending allocation, a lease type (its template version and approval
 * workflow), terms and the fee items bound; editing and cancelling drafts; lists, export and history.
 */
@ApplicationScoped
@Transactional
public class LeaseService {

    static final String DEFAULT_TYPE = "STANDARD";

    @Inject
    LeasingStore store;

    @Inject
    UnitDirectory units;

    @Inject
    LeaseLifecycle lifecycle;

    @Inject
    LeaseAssembler assembler;

    @Inject
    AuditTrail audit;

    @Inject
    SpreadsheetWriter writer;

    public Views.LeaseView draft(Commands.LeaseInput in) {
        return assembler.view(draftLease(in, null));
    }

    /** Drafts a first-allocation lease; {@code reason} is kept with its first event (e.g. the allocation file). */
    Lease draftLease(Commands.LeaseInput in, String reason) {
        if (in.householdId() == null) {
            throw ProblemException.invalid("householdId", "validation.required");
        }
        if (in.unitId() == null) {
            throw ProblemException.invalid("unitId", "validation.required");
        }
        Household h = store.household(in.householdId())
                .orElseThrow(() -> ProblemException.invalid("householdId", "leasing.validation.household.unknown", in.householdId()));
        UnitSummary unit = units.find(in.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "leasing.validation.unit.unknown", in.unitId()));
        if (h.status() == HouseholdStatus.EXITING) {
            throw ProblemException.conflict("household-exiting", h.number());
        }
        checkUnitFree(unit, null);
        if (!store.leasesOfHousehold(h.id(), LeasingStore.HOLDING).isEmpty()) {
            throw ProblemException.conflict("household-already-leased", h.number());
        }
        LeaseType type = type(in.leaseTypeCode());
        ContractTemplate template = template(type);
        Lease.Terms terms = terms(in, type);
        Lease lease = new Lease(nextNumber(), h.id(), place(unit), type.id(), template.id(), LeaseKind.NEW, null, terms,
                fees(in.fees(), terms, unit), LeaseStatus.DRAFT, Instant.now());
        persist(lease, unit);
        lifecycle.created(lease, reason);
        return lease;
    }

    /** The unit must wait for allocation and be held by no other lease. */
    void checkUnitFree(UnitSummary unit, Long except) {
        if (unit.status() != UnitStatus.PENDING_ALLOCATION) {
            throw new ProblemException(409, "unit-not-pending", unit.label(), unit.status().chinese())
                    .with("unitStatus", unit.status());
        }
        List<Lease> holding = store.leasesOnUnit(unit.id(), LeasingStore.HOLDING, except);
        if (!holding.isEmpty()) {
            throw ProblemException.conflict("unit-already-leased", unit.label(), holding.get(0).number())
                    .with("leaseId", holding.get(0).id());
        }
    }

    void persist(Lease lease, UnitSummary unit) {
        try {
            store.add(lease);
            store.em().flush();
        } catch (PersistenceException e) {
            // Two drafts for one unit at the same moment: the partial unique index decides (the transaction is lost).
            throw ProblemException.conflict("unit-already-leased", unit.label(), "");
        }
    }

    public Views.LeaseView update(long id, Commands.LeaseInput in) {
        Lease lease = store.leaseForUpdate(id);
        if (lease == null) {
            throw ProblemException.notFound("lease-not-found", id);
        }
        if (lease.status() != LeaseStatus.DRAFT) {
            throw LeaseLifecycle.refused(lease.status(), LeaseStatus.DRAFT);
        }
        UnitSummary unit = units.find(lease.unitId()).orElseThrow();
        LeaseType type = type(in.leaseTypeCode() == null ? store.leaseType(lease.leaseTypeId()).orElseThrow().code()
                : in.leaseTypeCode());
        ContractTemplate template = template(type);
        Lease.Terms terms = terms(in, type);
        lease.changeTerms(type.id(), template.id(), terms, fees(in.fees(), terms, unit), Instant.now());
        return assembler.view(lease);
    }

    public Views.LeaseView cancel(long id, String reason) {
        Lease lease = locked(id);
        lifecycle.move(lease, LeaseStatus.CANCELLED, reason);
        return assembler.view(lease);
    }

    public Views.LeaseView get(long id) {
        return assembler.view(find(id));
    }

    public Page<Views.LeaseSummary> search(LeaseFilter filter, PageRequest page) {
        Page<Lease> found = store.leases(filter, page);
        return new Page<>(assembler.summaries(found.items()), found.total(), found.page(), found.size());
    }

    public List<Views.EventView> events(long id) {
        Lease l = find(id);
        return store.events(id).stream()
                .map(e -> new Views.EventView(l.id(), l.number(), e.from(), e.to(), e.at(), e.actor(), e.reason())).toList();
    }

    public List<AuditEntry> history(long id) {
        find(id);
        return audit.history(Lease.class, id, l -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("status", l.status());
            s.put("startDate", l.startDate());
            s.put("endDate", l.endDate());
            s.put("monthlyRent", l.monthlyRent() == null ? null : l.monthlyRent().setScale(2).toPlainString());
            s.put("deposit", l.deposit() == null ? null : l.deposit().setScale(2).toPlainString());
            s.put("rentCategory", l.rentCategory());
            s.put("fees", String.join("；", l.fees().stream().map(ContractService::fee).sorted().toList()));
            s.put("endReason", l.endReason());
            return s;
        });
    }

    public void export(OutputStream out, LeaseFilter filter, Locale locale) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        int page = 1;
        while (true) {
            Page<Views.LeaseSummary> p = search(filter, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Views.LeaseSummary l : p.items()) {
                rows.add(java.util.Arrays.asList(l.number(), Messages.get(locale, "leasing.kind." + l.kind().name()),
                        LeasingRules.status(locale, l.status()), l.householdNumber(), l.applicantName(), l.unitLabel(),
                        l.leaseTypeName(), l.startDate().toString(), l.endDate().toString(), l.monthlyRent()));
            }
            if ((long) page * PageRequest.MAX_SIZE >= p.total() || page >= 100) {
                break;
            }
            page++;
        }
        List<String> headers = java.util.stream.Stream.of("number", "kind", "status", "householdNumber", "applicantName",
                "unitLabel", "leaseType", "startDate", "endDate", "monthlyRent")
                .map(k -> Messages.get(locale, "leasing.export." + k)).toList();
        writer.write(out, List.of(SpreadsheetWriter.sheet(Messages.get(locale, "leasing.export.sheet"), headers,
                List.of(16d, 10d, 12d, 14d, 12d, 28d, 18d, 12d, 12d, 12d), rows)));
    }

    Lease find(long id) {
        return store.lease(id).orElseThrow(() -> ProblemException.notFound("lease-not-found", id));
    }

    Lease locked(long id) {
        Lease l = store.leaseForUpdate(id);
        if (l == null) {
            throw ProblemException.notFound("lease-not-found", id);
        }
        return l;
    }

    String nextNumber() {
        return "L" + LeasingRules.today().getYear() + "-" + String.format("%06d", store.nextNumber("lease_number_seq"));
    }

    LeaseType type(String code) {
        String c = code == null || code.isBlank() ? DEFAULT_TYPE : code.trim().toUpperCase(Locale.ROOT);
        LeaseType t = store.leaseTypeByCode(c).orElse(null);
        if (t == null || !t.active()) {
            throw ProblemException.invalid("leaseTypeCode", "leasing.validation.leaseType.unknown", c);
        }
        return t;
    }

    ContractTemplate template(LeaseType type) {
        return store.latestTemplate(type.templateCode())
                .orElseThrow(() -> ProblemException.conflict("template-missing", type.templateCode()));
    }

    static Lease.Terms terms(Commands.LeaseInput in, LeaseType type) {
        LocalDate end = in.endDate() != null ? in.endDate()
                : LeasingRules.termEnd(in.startDate(), type.defaultTermMonths());
        if (!end.isAfter(in.startDate())) {
            throw ProblemException.invalid("endDate", "leasing.validation.endDate");
        }
        if (end.isAfter(in.startDate().plusYears(10))) {
            throw ProblemException.invalid("endDate", "leasing.validation.endDate.tooLong");
        }
        return new Lease.Terms(in.startDate(), end, LeasingRules.money(in.monthlyRent()), LeasingRules.money(in.deposit()),
                LeasingRules.trim(in.rentCategory()));
    }

    static Lease.Place place(UnitSummary u) {
        return new Lease.Place(u.id(), u.projectId(), u.buildingId(), u.label());
    }

    /**
     * The fee items bound to a lease: the chosen ones, or every active item of the catalogue. Rent and deposit take the
     * lease's amounts; per-area items are priced for the unit (HALF_UP to the fen); metered items keep their unit price.
     */
    List<LeaseFee> fees(List<Commands.FeeChoice> choices, Lease.Terms terms, UnitSummary unit) {
        List<LeaseFee> out = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            for (FeeItem f : store.feeItems(true)) {
                out.add(fee(f, null, terms, unit));
            }
            return out;
        }
        ProblemException.Violations v = new ProblemException.Violations();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Commands.FeeChoice c = choices.get(i);
            FeeItem f = store.feeItem(c.feeItemId()).orElse(null);
            if (f == null || !f.active()) {
                v.add("fees[" + i + "].feeItemId", "leasing.validation.feeItem.unknown", c.feeItemId());
            } else if (!seen.add(f.id())) {
                v.add("fees[" + i + "].feeItemId", "leasing.validation.feeItem.duplicate", f.name());
            } else {
                out.add(fee(f, c.amount(), terms, unit));
            }
        }
        v.throwIfAny();
        return out;
    }

    static LeaseFee fee(FeeItem f, BigDecimal amount, Lease.Terms terms, UnitSummary unit) {
        BigDecimal a;
        if (f.category() == FeeCategory.RENT) {
            a = terms.monthlyRent();
        } else if (f.category() == FeeCategory.DEPOSIT) {
            a = terms.deposit();
        } else if (amount != null) {
            a = amount;
        } else if (f.rule() == org.anju.leasing.domain.AmountRule.PER_AREA) {
            a = f.amount().multiply(unit.area());
        } else {
            a = f.amount();
        }
        return new LeaseFee(f.id(), f.name(), f.category(), f.cycle(), LeasingRules.money(a));
    }
}
