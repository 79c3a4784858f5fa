package org.anju.leasing.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.ApprovalDecision;
import org.anju.leasing.domain.ApprovalStep;
import org.anju.leasing.domain.CheckIn;
import org.anju.leasing.domain.ContractTemplate;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.infrastructure.LeasingStore;

/** Builds lease views from a lease and what surrounds it, in bulk for lists. */
@ApplicationScoped
public class LeaseAssembler {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LeasingStore store;

    @Inject
    UnitDirectory units;

    @Inject
    MemberData data;

    public List<Views.LeaseSummary> summaries(Collection<Lease> leases) {
        Set<Long> householdIds = leases.stream().map(Lease::householdId).collect(Collectors.toSet());
        Map<Long, List<HouseholdMember>> members = store.members(householdIds);
        Map<Long, String> numbers = new HashMap<>();
        householdIds.forEach(id -> store.household(id).ifPresent(h -> numbers.put(id, h.number())));
        Map<Long, String> typeNames = new HashMap<>();
        store.leaseTypes().forEach(t -> typeNames.put(t.id(), t.name()));
        List<Views.LeaseSummary> out = new ArrayList<>();
        for (Lease l : leases) {
            String applicant = members.getOrDefault(l.householdId(), List.of()).stream()
                    .filter(HouseholdMember::applicant).map(HouseholdMember::name).findFirst().orElse(null);
            out.add(new Views.LeaseSummary(l.id(), l.number(), l.kind(), l.status(), l.householdId(),
                    numbers.get(l.householdId()), applicant, l.unitId(), l.unitLabel(), typeNames.get(l.leaseTypeId()),
                    l.startDate(), l.endDate(), l.monthlyRent(), l.updatedAt()));
        }
        return out;
    }

    public Views.LeaseSummary summary(Lease l) {
        return summaries(List.of(l)).get(0);
    }

    public Views.LeaseView view(Lease l) {
        Household h = store.household(l.householdId()).orElseThrow();
        Optional<HouseholdMember> applicant = h.applicant();
        Optional<UnitSummary> unit = units.find(l.unitId());
        LeaseType type = store.leaseType(l.leaseTypeId()).orElseThrow();
        ContractTemplate template = store.template(l.templateId()).orElseThrow();
        List<Views.FeeView> fees = l.fees().stream()
                .map(f -> new Views.FeeView(f.feeItemId(), f.name(), f.category(), f.cycle(), f.amount()))
                .sorted((a, b) -> a.category().compareTo(b.category())).toList();
        List<Views.AckView> acks = store.acknowledgements(l.id()).stream()
                .map(a -> new Views.AckView(a.section(), a.at(), a.ip(), a.userAgent())).toList();
        Views.SignatureView signature = store.signature(l.id()).map(s -> new Views.SignatureView(s.signedAt(),
                h.member(s.signerMemberId()).map(HouseholdMember::name).orElse(null), s.pdfSha256(), s.provider()))
                .orElse(null);
        Views.CheckInView checkIn = store.checkIn(l.id()).map(c -> checkIn(c)).orElse(null);
        return new Views.LeaseView(l.id(), l.number(), l.kind(), l.status(), l.status().allowedNext(), h.id(),
                h.number(), applicant.map(HouseholdMember::name).orElse(null), l.unitId(), l.unitLabel(),
                unit.map(UnitSummary::area).orElse(null), unit.map(UnitSummary::layout).orElse(null), l.projectId(),
                new Views.TypeRef(type.id(), type.code(), type.name()),
                new Views.TemplateRef(template.id(), template.code(), template.version(), template.title()),
                l.previousLeaseId(), l.startDate(), l.endDate(), l.monthlyRent(), l.deposit(), l.rentCategory(), fees,
                approval(l, type), acks, signature, checkIn, l.endReason(), moveOut(l.moveOut()), l.signedAt(),
                l.activatedAt(), l.endedAt(), l.createdAt(), l.updatedAt());
    }

    private Views.CheckInView checkIn(CheckIn c) {
        String contact = data.open(MemberData.EMERGENCY, c.emergencyContact());
        return new Views.CheckInView(c.movedInOn(), c.at(), c.actor(), c.memberIds(), MemberData.maskContact(contact),
                c.notes());
    }

    Views.ApprovalView approval(Lease l, LeaseType type) {
        List<ApprovalDecision> all = store.decisions(l.id());
        int round = l.approvalRound();
        List<ApprovalDecision> ofRound = all.stream().filter(d -> d.round() == round).toList();
        List<Views.StepView> steps = new ArrayList<>();
        for (ApprovalStep s : type.steps()) {
            List<Views.DecisionView> decisions = ofRound.stream().filter(d -> d.stepNo() == s.stepNo())
                    .map(d -> new Views.DecisionView(d.roleCode(), d.decision(), d.actor(), d.reason(), d.at())).toList();
            String state;
            if (l.status() == LeaseStatus.PENDING_APPROVAL) {
                state = s.stepNo() < l.approvalStep() ? "DONE" : s.stepNo() == l.approvalStep() ? "CURRENT" : "WAITING";
            } else if (round == 0 || l.status() == LeaseStatus.DRAFT) {
                state = "WAITING";
            } else {
                state = decisions.isEmpty() ? "WAITING" : "DONE";
            }
            steps.add(new Views.StepView(s.stepNo(), s.name(), s.roles(), s.mode(), state, decisions));
        }
        return new Views.ApprovalView(round, l.approvalStep(), steps);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> moveOut(String json) {
        if (json == null) {
            return null;
        }
        return JSON.fromJson(json, LinkedHashMap.class);
    }
}
