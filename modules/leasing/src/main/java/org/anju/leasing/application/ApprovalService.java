package org.anju.leasing.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.ApprovalDecision;
import org.anju.leasing.domain.ApprovalEngine;
import org.anju.leasing.domain.ApprovalStep;
import org.anju.leasing.domain.Decision;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Notices;
import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.tenancy.api.TenantContext;

/**
 * The approval of leases along their type's workflow (R6.3c): submit, approve, reject with reason, return for changes;
 * the approvers of each step are told in their notices; the inbox lists what waits for the caller.
 */
@ApplicationScoped
@Transactional
public class ApprovalService {

    @Inject
    LeasingStore store;

    @Inject
    LeaseService leases;

    @Inject
    LeaseLifecycle lifecycle;

    @Inject
    LeaseAssembler assembler;

    @Inject
    Notices notices;

    public Views.LeaseView submit(long id, String comment) {
        Lease lease = leases.locked(id);
        lifecycle.move(lease, LeaseStatus.PENDING_APPROVAL, comment);
        notifyStep(lease, type(lease).step(1));
        return assembler.view(lease);
    }

    public Views.LeaseView decide(long id, Decision decision, String reason) {
        Lease lease = leases.locked(id);
        if (lease.status() != LeaseStatus.PENDING_APPROVAL) {
            throw LeaseLifecycle.refused(lease.status(), decision == Decision.RETURN ? LeaseStatus.DRAFT
                    : decision == Decision.REJECT ? LeaseStatus.REJECTED : LeaseStatus.APPROVED);
        }
        LeaseType type = type(lease);
        AnjuPrincipal me = CurrentPrincipal.require();
        List<ApprovalEngine.Vote> votes = votes(store.decisions(lease.id()), lease.approvalRound());
        ApprovalEngine.Result result;
        try {
            result = ApprovalEngine.decide(type.steps(), lease.approvalStep(), votes, me.subjectId(), me.roles(), decision);
        } catch (ApprovalEngine.Refused e) {
            ApprovalStep step = type.step(lease.approvalStep());
            if (e.why() == ApprovalEngine.Refused.Why.NOT_YOUR_STEP) {
                throw new ProblemException(403, "approval-not-your-step", step.name(), String.join("、", step.roles()))
                        .with("roles", step.roles());
            }
            throw ProblemException.conflict("approval-already-decided", step.name());
        }
        Instant now = Instant.now();
        String why = LeasingRules.trim(reason);
        store.add(new ApprovalDecision(lease.id(), lease.approvalRound(), lease.approvalStep(), result.role(), decision,
                TenantContext.actor(), me.subjectId(), why, now));
        switch (result.outcome()) {
            case NEXT_STEP -> {
                lease.advanceApproval(result.nextStep(), now);
                notifyStep(lease, type.step(result.nextStep()));
            }
            case APPROVED -> {
                lifecycle.move(lease, LeaseStatus.APPROVED, why == null ? "审批通过" : why);
                notifyResident(lease, "合同已审批，请在线签署", "您的租赁合同 " + lease.number() + "（" + lease.unitLabel()
                        + "）已审批通过，请登录居民端阅读条款并在线签署。", "approved");
            }
            case REJECTED -> lifecycle.move(lease, LeaseStatus.REJECTED, why);
            case RETURNED -> lifecycle.move(lease, LeaseStatus.DRAFT, why);
            case STAY -> {
                // The step still waits for its other roles.
            }
        }
        return assembler.view(lease);
    }

    /** Leases waiting, at their current step, for a role the caller holds and a decision the caller has not taken. */
    public Page<Views.LeaseSummary> inbox(PageRequest page) {
        AnjuPrincipal me = CurrentPrincipal.require();
        List<Lease> pending = store.leasesInStatus(LeaseStatus.PENDING_APPROVAL);
        Map<Long, LeaseType> types = new HashMap<>();
        store.leaseTypes().forEach(t -> types.put(t.id(), t));
        Map<Long, List<ApprovalDecision>> decisions = new HashMap<>();
        store.decisions(pending.stream().map(Lease::id).toList())
                .forEach(d -> decisions.computeIfAbsent(d.leaseId(), k -> new ArrayList<>()).add(d));
        List<Lease> mine = pending.stream().filter(l -> ApprovalEngine.canDecide(types.get(l.leaseTypeId()).steps(),
                l.approvalStep(), votes(decisions.getOrDefault(l.id(), List.of()), l.approvalRound()), me.subjectId(),
                me.roles())).toList();
        List<Lease> slice = mine.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(assembler.summaries(slice), mine.size(), page.page(), page.size());
    }

    static List<ApprovalEngine.Vote> votes(List<ApprovalDecision> decisions, int round) {
        return decisions.stream().filter(d -> d.round() == round)
                .map(d -> new ApprovalEngine.Vote(d.stepNo(), d.roleCode(), d.actorUserId(), d.decision())).toList();
    }

    private LeaseType type(Lease lease) {
        return store.leaseType(lease.leaseTypeId()).orElseThrow();
    }

    private void notifyStep(Lease lease, ApprovalStep step) {
        String title = "待审批：租赁合同 " + lease.number();
        String body = lease.unitLabel() + " 的租赁合同等待“" + step.name() + "”审批。";
        for (String role : step.roles()) {
            notices.sendToRole(role, "lease-approval", title, body, "/leases/" + lease.id(),
                    "lease-approval:" + lease.id() + ":" + lease.approvalRound() + ":" + step.stepNo());
        }
    }

    void notifyResident(Lease lease, String title, String body, String what) {
        Household h = store.household(lease.householdId()).orElseThrow();
        h.applicant().filter(m -> m.userId() != null).ifPresent(m -> notices.send(m.userId(), "lease", title, body,
                "/my/leases/" + lease.id(), "lease-" + what + ":" + lease.id()));
    }
}
