package org.anju.leasing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.StatusSource;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitStatusService;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.DepositSettlementRequested;
import org.anju.leasing.api.LeaseActivated;
import org.anju.leasing.api.LeaseEnded;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.CheckIn;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.tenancy.api.TenantContext;

/**
 * Living in a unit: check-in (R6.2a2) turns a signed lease active and the unit OCCUPIED; a re-signed successor takes
 * over from its predecessor (swap: the old unit is released, the new one occupied); move-out ends the lease, frees the
 * unit and hands the deposit to finance; expiry marks leases past their end. Each publishes the events devices and
 * finance follow.
 */
@ApplicationScoped
@Transactional
public class OccupancyService {

    @Inject
    LeasingStore store;

    @Inject
    LeaseService leases;

    @Inject
    LeaseLifecycle lifecycle;

    @Inject
    LeaseAssembler assembler;

    @Inject
    UnitStatusService unitStatus;

    @Inject
    MemberData data;

    @Inject
    Event<LeaseActivated> activated;

    @Inject
    Event<LeaseEnded> ended;

    @Inject
    Event<DepositSettlementRequested> deposits;

    public Views.LeaseView checkIn(long leaseId, Commands.CheckInInput in) {
        Lease l = leases.locked(leaseId);
        if (l.status() != LeaseStatus.SIGNED) {
            throw LeaseLifecycle.refused(l.status(), LeaseStatus.ACTIVE);
        }
        Household h = store.household(l.householdId()).orElseThrow();
        for (int i = 0; i < in.memberIds().size(); i++) {
            if (h.member(in.memberIds().get(i)).isEmpty()) {
                throw ProblemException.invalid("memberIds[" + i + "]", "leasing.validation.member.unknown", in.memberIds().get(i));
            }
        }
        if (in.movedInOn().isAfter(LeasingRules.today().plusDays(30))) {
            throw ProblemException.invalid("movedInOn", "leasing.validation.movedInOn");
        }
        String contact = LeasingRules.trim(in.emergencyContact());
        store.add(new CheckIn(l.id(), Instant.now(), TenantContext.actor(), in.movedInOn(),
                in.memberIds().stream().distinct().toList(), data.seal(MemberData.EMERGENCY, contact),
                LeasingRules.trim(in.notes())));
        unitStatus.change(l.unitId(), UnitStatus.OCCUPIED, "入住登记 " + l.number(), StatusSource.LEASE);
        lifecycle.move(l, LeaseStatus.ACTIVE, "入住登记");
        if (h.status() != HouseholdStatus.ACTIVE) {
            h.changeStatus(HouseholdStatus.ACTIVE, Instant.now());
        }
        activated.fire(new LeaseActivated(TenantContext.require(), l.id(), h.id(), l.unitId(), in.memberIds(),
                l.startDate(), l.endDate(), null));
        return assembler.view(l);
    }

    /**
     * A re-signed lease (renewal, change, swap) replaces its predecessor at signing: the predecessor ends first (so
     * that the unit is never held twice), then the successor turns active.
     */
    void activateSuccessor(Lease successor) {
        Lease old = leases.locked(successor.previousLeaseId());
        LeaseStatus end = successor.kind() == LeaseKind.RENEWAL ? LeaseStatus.RENEWED : LeaseStatus.CHANGED;
        String why = (successor.kind() == LeaseKind.RENEWAL ? "续签为 " : successor.kind() == LeaseKind.SWAP ? "调换至 "
                : "变更为 ") + successor.number();
        lifecycle.move(old, end, why);
        old.recordEnd(why, null, Instant.now());
        store.em().flush();
        if (successor.kind() == LeaseKind.SWAP) {
            unitStatus.change(old.unitId(), UnitStatus.VACANT, "调换退出 " + old.number(), StatusSource.LEASE);
            unitStatus.change(successor.unitId(), UnitStatus.OCCUPIED, "调换入住 " + successor.number(), StatusSource.LEASE);
        }
        lifecycle.move(successor, LeaseStatus.ACTIVE, "接续 " + old.number());
        Household h = store.household(successor.householdId()).orElseThrow();
        ended.fire(new LeaseEnded(TenantContext.require(), old.id(), old.householdId(), old.unitId(), end,
                LeasingRules.today(), why, successor.id()));
        List<Long> members = h.members().stream().map(HouseholdMember::id).toList();
        activated.fire(new LeaseActivated(TenantContext.require(), successor.id(), h.id(), successor.unitId(), members,
                successor.startDate(), successor.endDate(), old.id()));
    }

    public Views.LeaseView terminate(long leaseId, Commands.TerminateInput in) {
        Lease l = leases.locked(leaseId);
        if (in.unitStatus() != UnitStatus.VACANT && in.unitStatus() != UnitStatus.UNDER_REPAIR) {
            throw ProblemException.invalid("unitStatus", "leasing.validation.moveOut.unitStatus");
        }
        if (l.status() != LeaseStatus.ACTIVE && l.status() != LeaseStatus.EXPIRED) {
            throw LeaseLifecycle.refused(l.status(), LeaseStatus.TERMINATED);
        }
        if (in.moveOutOn().isBefore(l.startDate())) {
            throw ProblemException.invalid("moveOutOn", "leasing.validation.moveOutOn");
        }
        String reason = in.reason().trim();
        Map<String, Object> checklist = new LinkedHashMap<>();
        checklist.put("moveOutOn", in.moveOutOn().toString());
        checklist.put("keysReturned", in.checklist().keysReturned());
        checklist.put("devicesIntact", in.checklist().devicesIntact());
        checklist.put("metersRead", in.checklist().metersRead());
        checklist.put("feesSettled", in.checklist().feesSettled());
        checklist.put("damages", LeasingRules.trim(in.checklist().damages()));
        checklist.put("notes", LeasingRules.trim(in.checklist().notes()));
        checklist.put("unitStatus", in.unitStatus().name());
        String json = LeaseAssembler.JSON.toJson(checklist);
        // Successors waiting for a signature die with their predecessor.
        for (Lease s : store.leasesOfHousehold(l.householdId(), java.util.Set.of(LeaseStatus.APPROVED, LeaseStatus.DRAFT,
                LeaseStatus.PENDING_APPROVAL))) {
            if (l.id().equals(s.previousLeaseId())) {
                lifecycle.move(s, s.status() == LeaseStatus.PENDING_APPROVAL ? LeaseStatus.REJECTED : LeaseStatus.CANCELLED,
                        "原合同 " + l.number() + " 已终止");
            }
        }
        lifecycle.move(l, LeaseStatus.TERMINATED, reason);
        l.recordEnd(reason, json, Instant.now());
        store.em().flush();
        unitStatus.change(l.unitId(), in.unitStatus(), "退租 " + l.number() + "：" + reason, StatusSource.LEASE);
        Household h = store.household(l.householdId()).orElseThrow();
        if (store.leasesOfHousehold(h.id(), LeasingStore.HOLDING).isEmpty()) {
            h.changeStatus(HouseholdStatus.MOVED_OUT, Instant.now());
        }
        ended.fire(new LeaseEnded(TenantContext.require(), l.id(), h.id(), l.unitId(), LeaseStatus.TERMINATED,
                in.moveOutOn(), reason, null));
        deposits.fire(new DepositSettlementRequested(TenantContext.require(), l.id(), h.id(), l.deposit(),
                in.moveOutOn(), json));
        return assembler.view(l);
    }

    /** Active leases whose end has passed become EXPIRED (the household stays until move-out). Returns how many. */
    int expire(LocalDate today) {
        int n = 0;
        for (Lease l : store.activeEndingBy(today.minusDays(1))) {
            lifecycle.move(l, LeaseStatus.EXPIRED, "合同到期");
            ended.fire(new LeaseEnded(TenantContext.require(), l.id(), l.householdId(), l.unitId(), LeaseStatus.EXPIRED,
                    l.endDate(), "合同到期", null));
            n++;
        }
        return n;
    }
}
