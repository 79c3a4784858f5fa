package org.anju.leasing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditReason;
import org.anju.audit.api.AuditTrail;
import org.anju.identity.api.ResidentAccounts;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.Relation;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.privacy.api.IdNumbers;
import org.anju.privacy.api.Masks;
import org.anju.privacy.api.PiiAccessLog;
import org.anju.privacy.api.PrivacyPermissions;
import org.anju.security.api.CurrentPrincipal;

/**
 * Households and their members (R7.4b, R8.2.1): identity numbers and phones sealed at rest, found by blind index,
 * masked in every answer unless a holder of {@code pii:read} states a purpose, which is logged.
 */
@ApplicationScoped
@Transactional
public class HouseholdService {

    @Inject
    LeasingStore store;

    @Inject
    MemberData data;

    @Inject
    AuditTrail audit;

    @Inject
    PiiAccessLog accessLog;

    @Inject
    ResidentAccounts accounts;

    @Inject
    ResidentContext resident;

    public Views.HouseholdView create(Commands.HouseholdInput in) {
        Instant now = Instant.now();
        Household h = new Household(nextNumber(), facts(in), now);
        List<Member> members = checkMembers(null, in.members());
        store.add(h);
        applyMembers(h, members, now);
        store.em().flush();
        return view(h, true);
    }

    public Views.HouseholdView update(long id, Commands.HouseholdInput in) {
        Household h = find(id);
        List<Member> members = checkMembers(h, in.members());
        if (LeasingRules.trim(in.reason()) != null) {
            AuditReason.set(in.reason().trim());
        }
        Instant now = Instant.now();
        h.apply(facts(in), now);
        applyMembers(h, members, now);
        store.em().flush();
        return view(h, true);
    }

    /** The household, masked; in clear when a holder of {@code pii:read} states why (the read is logged first). */
    public Views.HouseholdView get(long id, String purpose) {
        Household h = find(id);
        if (purpose == null) {
            return view(h, true);
        }
        reveal("household", h.id(), h.number(), purpose);
        return view(h, false);
    }

    void reveal(String subjectType, long subjectId, String label, String purpose) {
        if (!CurrentPrincipal.permitted(PrivacyPermissions.READ)) {
            throw new ProblemException(403, "pii-read-forbidden");
        }
        String why = LeasingRules.trim(purpose);
        if (why == null || why.length() < 2 || why.length() > 200) {
            throw ProblemException.invalid("purpose", "leasing.validation.purpose");
        }
        accessLog.record(subjectType, subjectId, label, List.of("idNumber", "phone"), why);
    }

    public Views.HouseholdView mine() {
        return view(resident.household(), true);
    }

    public Page<Views.HouseholdSummary> search(String text, EligibilityCategory category, HouseholdStatus status,
                                               String idNumber, PageRequest page) {
        String index = idNumber == null || idNumber.isBlank() ? null : data.idIndex(MemberData.normalizeId(idNumber));
        Page<Household> found = store.households(new LeasingStore.HouseholdFilter(text, category, status, index), page);
        List<Long> ids = found.items().stream().map(Household::id).toList();
        Map<Long, List<HouseholdMember>> members = store.members(ids);
        Map<Long, Lease> leases = store.currentLeases(ids);
        return found.map(h -> {
            List<HouseholdMember> ms = members.getOrDefault(h.id(), List.of());
            HouseholdMember a = ms.stream().filter(HouseholdMember::applicant).findFirst().orElse(null);
            Lease l = leases.get(h.id());
            return new Views.HouseholdSummary(h.id(), h.number(), a == null ? null : a.name(),
                    a == null ? null : data.maskedId(a), a == null ? null : data.maskedPhone(a), ms.size(),
                    h.eligibilityCategory(), h.status(), h.elderlyAlone(), h.disabled(), h.seriousIllness(),
                    l == null ? null : new Views.LeaseBrief(l.id(), l.number(), l.unitId(), l.unitLabel(), l.status(),
                            l.endDate()));
        });
    }

    public List<AuditEntry> history(long id) {
        find(id);
        return audit.history(Household.class, id, this::snapshot);
    }

    private Map<String, Object> snapshot(Household h) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("eligibilityCategory", h.eligibilityCategory());
        s.put("incomeMonthly", h.incomeMonthly() == null ? null : h.incomeMonthly().setScale(2).toPlainString());
        s.put("housingSituation", h.housingSituation());
        s.put("elderlyAlone", h.elderlyAlone());
        s.put("disabled", h.disabled());
        s.put("seriousIllness", h.seriousIllness());
        s.put("notes", h.notes());
        s.put("status", h.status());
        List<String> members = new ArrayList<>();
        for (HouseholdMember m : h.members()) {
            String phone = data.maskedPhone(m);
            members.add(m.relation() + " " + m.name() + " " + data.maskedId(m) + (phone == null ? "" : " " + phone)
                    + (m.employer() == null ? "" : " " + m.employer()));
        }
        s.put("members", String.join("; ", members));
        return s;
    }

    public Views.AccountView createAccount(long householdId, long memberId, Commands.AccountInput in) {
        Household h = find(householdId);
        HouseholdMember m = h.member(memberId).orElseThrow(() -> ProblemException.notFound("member-not-found", memberId));
        if (m.userId() != null) {
            throw ProblemException.conflict("member-has-account", m.name());
        }
        long userId = accounts.create(in.username().trim(), m.name(), in.password());
        AuditReason.set("开通居民账号 " + in.username().trim());
        m.linkAccount(userId, Instant.now());
        return new Views.AccountView(userId, in.username().trim());
    }

    public Household find(long id) {
        return store.household(id).orElseThrow(() -> ProblemException.notFound("household-not-found", id));
    }

    public Views.HouseholdView view(Household h, boolean masked) {
        List<Views.MemberView> members = h.members().stream().map(m -> {
            String id = data.idNumber(m);
            String phone = data.phone(m);
            return new Views.MemberView(m.id(), m.relation(), m.name(), m.idType(), masked ? Masks.idNumber(id) : id,
                    masked && phone != null ? Masks.phone(phone) : phone, m.birthDate(), m.employer(), m.applicant(),
                    m.userId() != null);
        }).toList();
        return new Views.HouseholdView(h.id(), h.number(), h.eligibilityCategory(), h.incomeMonthly(),
                h.housingSituation(), h.elderlyAlone(), h.disabled(), h.seriousIllness(), h.notes(), h.status(), masked,
                members, h.createdAt(), h.updatedAt(), h.version());
    }

    // ---- members

    /** A checked member: normalized values, sealed forms to store (null = keep the stored one). */
    record Member(Long id, Relation relation, String name, IdType idType, String idNumber, String phone,
                  java.time.LocalDate birthDate, String employer, boolean applicant, String idIndex) {
    }

    String nextNumber() {
        return "H" + LeasingRules.today().getYear() + "-" + String.format("%06d", store.nextNumber("household_number_seq"));
    }

    static Household.Facts facts(Commands.HouseholdInput in) {
        return new Household.Facts(in.eligibilityCategory(), LeasingRules.money(in.incomeMonthly()),
                LeasingRules.trim(in.housingSituation()), Boolean.TRUE.equals(in.elderlyAlone()),
                Boolean.TRUE.equals(in.disabled()), Boolean.TRUE.equals(in.seriousIllness()), LeasingRules.trim(in.notes()));
    }

    /**
     * Checks the member list of a new household ({@code h} null) or of an existing one: one applicant (relation SELF,
     * with a mobile phone for signing codes), valid and distinct ID numbers, no person who is in another household.
     */
    List<Member> checkMembers(Household h, List<Commands.MemberInput> inputs) {
        ProblemException.Violations v = new ProblemException.Violations();
        List<Member> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int applicants = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Commands.MemberInput in = inputs.get(i);
            String p = "members[" + i + "].";
            HouseholdMember existing = null;
            if (in.id() != null) {
                existing = h == null ? null : h.member(in.id()).orElse(null);
                if (existing == null) {
                    v.add(p + "id", "leasing.validation.member.unknown", in.id());
                    continue;
                }
            }
            String id = MemberData.normalizeId(LeasingRules.trim(in.idNumber()));
            String index = null;
            if (id != null || existing == null) {
                String problem = MemberData.idProblem(in.idType(), id);
                if (problem != null) {
                    v.add(p + "idNumber", problem);
                } else {
                    index = data.idIndex(id);
                }
            } else {
                index = existing.idNumberIndex();
            }
            if (index != null) {
                Integer before = seen.putIfAbsent(index, i);
                if (before != null) {
                    v.add(p + "idNumber", "leasing.validation.idNumber.duplicate", before + 1);
                }
            }
            String phone = MemberData.normalizePhone(LeasingRules.trim(in.phone()));
            if (phone != null && !MemberData.phone(phone)) {
                v.add(p + "phone", "leasing.validation.phone");
            }
            if (in.applicant()) {
                applicants++;
                if (in.relation() != Relation.SELF) {
                    v.add(p + "relation", "leasing.validation.applicant.self");
                }
                boolean hasMobile = phone != null ? MemberData.mobile(phone)
                        : existing != null && existing.phoneSealed() != null && MemberData.mobile(data.phone(existing));
                if (!hasMobile && (phone == null || MemberData.phone(phone))) {
                    v.add(p + "phone", "leasing.validation.applicant.phone");
                }
            } else if (in.relation() == Relation.SELF) {
                v.add(p + "relation", "leasing.validation.relation.self");
            }
            java.time.LocalDate birth = in.birthDate();
            if (birth == null && in.idType() == IdType.RESIDENT_ID && id != null) {
                birth = IdNumbers.birthDate(id).orElse(null);
            }
            if (birth != null && birth.isAfter(LeasingRules.today())) {
                v.add(p + "birthDate", "validation.date.future");
            }
            out.add(new Member(in.id(), in.relation(), in.name().trim(), in.idType(), id, phone, birth,
                    LeasingRules.trim(in.employer()), in.applicant(), index));
        }
        if (applicants != 1) {
            v.add("members", "leasing.validation.applicant.one");
        }
        v.throwIfAny();
        for (Member m : out) {
            if (m.idNumber() == null) {
                continue;
            }
            for (HouseholdMember other : store.membersByIdIndex(m.idIndex())) {
                if (h == null || !other.household().id().equals(h.id())) {
                    throw new ProblemException(409, "member-in-other-household", m.name(), other.household().number())
                            .with("field", "members[" + out.indexOf(m) + "].idNumber")
                            .with("householdNumber", other.household().number());
                }
            }
        }
        return out;
    }

    /** Replaces the member list: updates the named members, adds new ones, removes those left out. */
    void applyMembers(Household h, List<Member> members, Instant now) {
        Set<Long> kept = new HashSet<>();
        for (Member m : members) {
            HouseholdMember target;
            if (m.id() != null) {
                target = h.member(m.id()).orElseThrow();
                kept.add(m.id());
            } else {
                target = new HouseholdMember(h, now);
                h.addMember(target);
            }
            target.describe(m.relation(), m.name(), m.idType(), m.birthDate(), m.employer(), m.applicant(), now);
            if (m.idNumber() != null && !m.idIndex().equals(target.idNumberIndex())) {
                target.sealIdNumber(data.sealId(m.idNumber()), now);
            }
            if (m.phone() != null) {
                if (!data.phoneIndex(m.phone()).equals(target.phoneIndex())) {
                    target.sealPhone(data.sealPhone(m.phone()), now);
                }
            }
        }
        for (HouseholdMember old : h.members()) {
            if (old.id() != null && !kept.contains(old.id())) {
                h.removeMember(old);
            }
        }
        h.checkApplicant();
        h.touch(now);
    }

    /** Adds members (applications) after the same checks as an edit. */
    void addMembers(Household h, List<Commands.MemberInput> added, List<Long> removed, Instant now) {
        List<Commands.MemberInput> all = new ArrayList<>();
        for (HouseholdMember m : h.members()) {
            if (removed == null || !removed.contains(m.id())) {
                all.add(new Commands.MemberInput(m.id(), m.relation(), m.name(), m.idType(), null, null, m.birthDate(),
                        m.employer(), m.applicant()));
            }
        }
        all.addAll(added == null ? List.of() : added);
        applyMembers(h, checkMembers(h, all), now);
    }
}
