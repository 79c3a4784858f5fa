package org.anju.leasing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditReason;
import org.anju.housing.api.StatusSource;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitStatusService;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.AmountRule;
import org.anju.leasing.domain.ApplicationStatus;
import org.anju.leasing.domain.ApplicationType;
import org.anju.leasing.domain.ContractTemplate;
import org.anju.leasing.domain.FeeItem;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdApplication;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseFee;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.domain.Relation;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Notices;
import org.anju.privacy.api.Masks;
import org.anju.tenancy.api.TenantContext;

/**
 * Residents' applications (R6.2b2 changes of income, members or housing, and swaps; R6.2b3 renewals): submitted online,
 * decided by staff. An approval applies the changes to the household and creates the successor lease (kind CHANGE,
 * SWAP or RENEWAL, already approved) that the resident signs online; signing activates it and ends its predecessor.
 */
@ApplicationScoped
@Transactional
public class HouseholdApplicationService {

    static final int RENEWAL_WINDOW_DAYS = 180;

    @Inject
    LeasingStore store;

    @Inject
    ResidentContext resident;

    @Inject
    HouseholdService households;

    @Inject
    LeaseService leases;

    @Inject
    LeaseLifecycle lifecycle;

    @Inject
    MemberData data;

    @Inject
    UnitDirectory units;

    @Inject
    UnitStatusService unitStatus;

    @Inject
    Notices notices;

    // ---- residents

    public Views.ApplicationView submit(Commands.ApplicationInput in) {
        Household h = resident.household();
        Lease lease = store.currentLeases(List.of(h.id())).get(h.id());
        boolean renewal = in.type() == ApplicationType.RENEWAL;
        if (lease == null || !(lease.status() == LeaseStatus.ACTIVE || renewal && lease.status() == LeaseStatus.EXPIRED)) {
            throw ProblemException.conflict("no-active-lease");
        }
        if (store.openApplication(h.id(), in.type())) {
            throw ProblemException.conflict("application-open");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        ProblemException.Violations v = new ProblemException.Violations();
        switch (in.type()) {
            case INCOME_CHANGE -> {
                if (in.incomeMonthly() == null) {
                    v.add("incomeMonthly", "validation.required");
                }
                payload.put("incomeMonthly", in.incomeMonthly());
            }
            case HOUSING_CHANGE -> {
                if (LeasingRules.trim(in.housingSituation()) == null) {
                    v.add("housingSituation", "validation.required");
                }
                payload.put("housingSituation", LeasingRules.trim(in.housingSituation()));
            }
            case MEMBER_CHANGE -> memberPayload(h, in, payload, v);
            case SWAP -> {
                payload.put("preferredProjectId", in.preferredProjectId());
                payload.put("preferredLayout", LeasingRules.trim(in.preferredLayout()));
            }
            case RENEWAL -> {
                long left = ChronoUnit.DAYS.between(LeasingRules.today(), lease.endDate());
                if (left > RENEWAL_WINDOW_DAYS) {
                    throw ProblemException.conflict("renewal-too-early", RENEWAL_WINDOW_DAYS);
                }
                payload.put("renewalMonths", in.renewalMonths());
            }
        }
        v.throwIfAny();
        HouseholdApplication a = store.add(new HouseholdApplication(h.id(), lease.id(), in.type(),
                LeaseAssembler.JSON.toJson(payload), in.reason().trim(), TenantContext.actor(), Instant.now()));
        store.em().flush();
        notices.sendToRole("leasing_officer", "application", "新的居民申请：" + h.number(),
                h.number() + " 提交了申请（" + in.type().name() + "）：" + in.reason().trim(), "/applications/" + a.id(),
                "application:" + a.id());
        return view(a);
    }

    private void memberPayload(Household h, Commands.ApplicationInput in, Map<String, Object> payload,
                               ProblemException.Violations v) {
        List<Commands.MemberInput> added = in.members() == null ? List.of() : in.members();
        List<Long> removed = in.removeMemberIds() == null ? List.of() : in.removeMemberIds();
        if (added.isEmpty() && removed.isEmpty()) {
            v.add("members", "leasing.validation.application.members");
            return;
        }
        List<Map<String, Object>> adds = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            Commands.MemberInput m = added.get(i);
            String id = MemberData.normalizeId(LeasingRules.trim(m.idNumber()));
            String problem = MemberData.idProblem(m.idType(), id);
            if (problem != null) {
                v.add("members[" + i + "].idNumber", problem);
                continue;
            }
            if (m.applicant() || m.relation() == Relation.SELF) {
                v.add("members[" + i + "].relation", "leasing.validation.relation.self");
                continue;
            }
            String phone = MemberData.normalizePhone(LeasingRules.trim(m.phone()));
            if (phone != null && !MemberData.phone(phone)) {
                v.add("members[" + i + "].phone", "leasing.validation.phone");
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("relation", m.relation().name());
            p.put("name", m.name().trim());
            p.put("idType", m.idType().name());
            p.put("idNumber", Masks.idNumber(id));
            p.put("idNumberSealed", data.seal(MemberData.ID_NUMBER, id));
            p.put("phone", phone == null ? null : Masks.phone(phone));
            p.put("phoneSealed", data.seal(MemberData.PHONE, phone));
            p.put("birthDate", m.birthDate() == null ? null : m.birthDate().toString());
            p.put("employer", LeasingRules.trim(m.employer()));
            adds.add(p);
        }
        for (int i = 0; i < removed.size(); i++) {
            HouseholdMember m = h.member(removed.get(i)).orElse(null);
            if (m == null || m.applicant()) {
                v.add("removeMemberIds[" + i + "]", "leasing.validation.member.unknown", removed.get(i));
            }
        }
        payload.put("members", adds);
        payload.put("removeMemberIds", removed);
        payload.put("removeMemberNames", removed.stream().map(id -> h.member(id).map(HouseholdMember::name).orElse(""))
                .toList());
    }

    public List<Views.ApplicationView> mine() {
        return store.applicationsOfHousehold(resident.household().id()).stream().map(this::view).toList();
    }

    // ---- staff

    public Page<Views.ApplicationView> list(ApplicationStatus status, ApplicationType type, PageRequest page) {
        return store.applications(status, type, page).map(this::view);
    }

    public Views.ApplicationView get(long id) {
        return view(find(id));
    }

    public Views.ApplicationView reject(long id, String reason) {
        HouseholdApplication a = find(id);
        open(a);
        a.reject(TenantContext.actor(), reason.trim(), Instant.now());
        notifyResident(a, "您的申请未获批准", "原因：" + reason.trim());
        return view(a);
    }

    @SuppressWarnings("unchecked")
    public Views.ApplicationView approve(long id, Commands.ApplicationDecisionInput in) {
        HouseholdApplication a = find(id);
        open(a);
        Lease old = leases.locked(a.leaseId());
        LeaseKind kind = a.type().leaseKind();
        boolean ok = old.status() == LeaseStatus.ACTIVE || kind == LeaseKind.RENEWAL && old.status() == LeaseStatus.EXPIRED;
        if (!ok) {
            throw LeaseLifecycle.refused(old.status(), kind == LeaseKind.RENEWAL ? LeaseStatus.RENEWED : LeaseStatus.CHANGED);
        }
        for (Lease s : store.leasesOfHousehold(old.householdId(), LeasingStore.HOLDING)) {
            if (old.id().equals(s.previousLeaseId())) {
                throw ProblemException.conflict("successor-open", s.number());
            }
        }
        Household h = store.household(a.householdId()).orElseThrow();
        Map<String, Object> payload = a.payload() == null ? Map.of()
                : LeaseAssembler.JSON.fromJson(a.payload(), LinkedHashMap.class);
        String why = "申请 #" + a.id() + " 已批准" + (LeasingRules.trim(in.reason()) == null ? "" : "：" + in.reason().trim());
        AuditReason.set(why);
        Instant now = Instant.now();
        switch (a.type()) {
            case INCOME_CHANGE -> {
                Household.Facts f = h.facts();
                h.apply(new Household.Facts(in.eligibilityCategory() != null ? in.eligibilityCategory() : f.eligibilityCategory(),
                        new java.math.BigDecimal(String.valueOf(payload.get("incomeMonthly"))).setScale(2),
                        f.housingSituation(), f.elderlyAlone(), f.disabled(), f.seriousIllness(), f.notes()), now);
            }
            case HOUSING_CHANGE -> {
                Household.Facts f = h.facts();
                h.apply(new Household.Facts(f.eligibilityCategory(), f.incomeMonthly(), (String) payload.get("housingSituation"),
                        f.elderlyAlone(), f.disabled(), f.seriousIllness(), f.notes()), now);
            }
            case MEMBER_CHANGE -> {
                List<Commands.MemberInput> added = new ArrayList<>();
                for (Map<String, Object> m : (List<Map<String, Object>>) payload.getOrDefault("members", List.of())) {
                    String phoneSealed = (String) m.get("phoneSealed");
                    added.add(new Commands.MemberInput(null, Relation.valueOf((String) m.get("relation")),
                            (String) m.get("name"), IdType.valueOf((String) m.get("idType")),
                            data.open(MemberData.ID_NUMBER, (String) m.get("idNumberSealed")),
                            phoneSealed == null ? null : data.open(MemberData.PHONE, phoneSealed),
                            m.get("birthDate") == null ? null : LocalDate.parse((String) m.get("birthDate")),
                            (String) m.get("employer"), false));
                }
                List<Long> removed = ((List<Object>) payload.getOrDefault("removeMemberIds", List.of())).stream()
                        .map(o -> ((Number) o).longValue()).toList();
                households.addMembers(h, added, removed, now);
            }
            default -> {
                // Swaps and renewals change the lease, not the household.
            }
        }
        if (in.eligibilityCategory() != null && a.type() != ApplicationType.INCOME_CHANGE) {
            h.changeCategory(in.eligibilityCategory(), now);
        }
        UnitSummary unit = unitFor(a, old, in);
        LeaseType type = store.leaseType(old.leaseTypeId()).orElseThrow();
        ContractTemplate template = leases.template(type);
        Lease.Terms terms = successorTerms(a, old, type, in, payload);
        Lease successor = new Lease(leases.nextNumber(), h.id(), LeaseService.place(unit), type.id(), template.id(), kind,
                old.id(), terms, fees(old, terms, unit), LeaseStatus.APPROVED, now);
        leases.persist(successor, unit);
        lifecycle.created(successor, why);
        a.approve(TenantContext.actor(), LeasingRules.trim(in.reason()), successor.id(), now);
        notifyResident(a, "申请已批准，请在线签署新合同", "新合同 " + successor.number() + "（" + successor.unitLabel()
                + "）已生成，请登录居民端阅读条款并在线签署。");
        return view(a);
    }

    private UnitSummary unitFor(HouseholdApplication a, Lease old, Commands.ApplicationDecisionInput in) {
        if (a.type() != ApplicationType.SWAP) {
            return units.find(old.unitId()).orElseThrow();
        }
        if (in.unitId() == null) {
            throw ProblemException.invalid("unitId", "validation.required");
        }
        UnitSummary u = units.find(in.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "leasing.validation.unit.unknown", in.unitId()));
        if (u.id() == old.unitId() || u.status() != UnitStatus.VACANT && u.status() != UnitStatus.PENDING_ALLOCATION) {
            throw new ProblemException(409, "unit-not-available", u.label(), u.status().chinese()).with("unitStatus", u.status());
        }
        List<Lease> holding = store.leasesOnUnit(u.id(), LeasingStore.HOLDING, null);
        if (!holding.isEmpty()) {
            throw ProblemException.conflict("unit-already-leased", u.label(), holding.get(0).number());
        }
        if (u.status() == UnitStatus.VACANT) {
            unitStatus.change(u.id(), UnitStatus.PENDING_ALLOCATION, "调换预留（申请 #" + a.id() + "）", StatusSource.LEASE);
        }
        return units.find(u.id()).orElseThrow();
    }

    private static Lease.Terms successorTerms(HouseholdApplication a, Lease old, LeaseType type,
                                              Commands.ApplicationDecisionInput in, Map<String, Object> payload) {
        LocalDate start;
        LocalDate end;
        if (a.type() == ApplicationType.RENEWAL) {
            start = old.endDate().plusDays(1);
            Object months = payload.get("renewalMonths");
            int term = months instanceof Number n ? n.intValue() : type.defaultTermMonths();
            end = in.endDate() != null ? in.endDate() : LeasingRules.termEnd(start, term);
        } else {
            start = LeasingRules.today();
            end = in.endDate() != null ? in.endDate() : old.endDate();
        }
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("endDate", "leasing.validation.endDate");
        }
        return new Lease.Terms(start, end, in.monthlyRent() != null ? LeasingRules.money(in.monthlyRent()) : old.monthlyRent(),
                old.deposit(), old.rentCategory());
    }

    /** The predecessor's fee items again; per-area items priced for the (new) unit; retired items dropped. */
    private List<LeaseFee> fees(Lease old, Lease.Terms terms, UnitSummary unit) {
        List<LeaseFee> out = new ArrayList<>();
        for (LeaseFee f : old.fees()) {
            FeeItem item = store.feeItem(f.feeItemId()).orElse(null);
            if (item == null || !item.active()) {
                continue;
            }
            out.add(LeaseService.fee(item, item.rule() == AmountRule.PER_AREA ? null : f.amount(), terms, unit));
        }
        return out;
    }

    private HouseholdApplication find(long id) {
        return store.application(id).orElseThrow(() -> ProblemException.notFound("application-not-found", id));
    }

    private static void open(HouseholdApplication a) {
        if (a.status() != ApplicationStatus.SUBMITTED) {
            throw ProblemException.conflict("application-decided", a.id());
        }
    }

    private void notifyResident(HouseholdApplication a, String title, String body) {
        store.household(a.householdId()).flatMap(Household::applicant).map(HouseholdMember::userId)
                .ifPresent(u -> notices.send(u, "application", title, body, "/my/applications",
                        "application-" + a.status().name().toLowerCase() + ":" + a.id()));
    }

    List<Views.ApplicationView> ofHousehold(long householdId) {
        return store.applicationsOfHousehold(householdId).stream().map(this::view).toList();
    }

    @SuppressWarnings("unchecked")
    Views.ApplicationView view(HouseholdApplication a) {
        Household h = store.household(a.householdId()).orElseThrow();
        Lease l = store.lease(a.leaseId()).orElseThrow();
        Map<String, Object> details = a.payload() == null ? new LinkedHashMap<>()
                : LeaseAssembler.JSON.fromJson(a.payload(), LinkedHashMap.class);
        Object members = details.get("members");
        if (members instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    ((Map<String, Object>) m).remove("idNumberSealed");
                    ((Map<String, Object>) m).remove("phoneSealed");
                }
            }
        }
        return new Views.ApplicationView(a.id(), h.id(), h.number(), h.applicant().map(HouseholdMember::name).orElse(null),
                l.id(), l.number(), l.unitLabel(), a.type(), a.status(), a.reason(), details, a.submittedBy(),
                a.submittedAt(), a.decidedBy(), a.decidedAt(), a.decisionReason(), a.newLeaseId());
    }
}
