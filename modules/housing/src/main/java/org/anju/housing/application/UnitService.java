package org.anju.housing.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditReason;
import org.anju.audit.api.AuditTrail;
import org.anju.housing.api.StatusSource;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitStatusChanged;
import org.anju.housing.api.UnitStatusService;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.IllegalTransitionException;
import org.anju.housing.domain.Unit;
import org.anju.housing.domain.UnitStatusChange;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantContext;

/** Units (房源) and their status (房态, R6.1c): every change through the state machine, recorded and published. */
@ApplicationScoped
@Transactional
public class UnitService implements UnitStatusService {

    @Inject
    HousingStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Event<UnitStatusChanged> events;

    public Page<Views.UnitView> search(Long projectId, Long buildingId, UnitStatus status, String layout,
                                       java.math.BigDecimal minArea, java.math.BigDecimal maxArea, String text,
                                       PageRequest page) {
        return store.units(new HousingStore.UnitFilter(projectId, buildingId, status, layout, minArea, maxArea, text), page)
                .map(Views.UnitView::of);
    }

    public Views.UnitView get(long id) {
        return Views.UnitView.of(find(id));
    }

    public Views.UnitView create(long buildingId, Unit.UnitDetails details, UnitStatus status) {
        Building b = store.building(buildingId).orElseThrow(() -> ProblemException.invalid("buildingId",
                "housing.validation.building.unknown", buildingId));
        Unit.UnitDetails d = check(details, b);
        if (store.unitByRoom(buildingId, d.roomNumber()).isPresent()) {
            throw ProblemException.conflict("unit-exists", b.project().name(), b.name(), d.roomNumber());
        }
        Instant now = Instant.now();
        UnitStatus initial = status == null ? UnitStatus.VACANT : status;
        Unit u = new Unit(b, d, initial, now);
        store.add(u);
        store.em().flush();
        store.add(new UnitStatusChange(u.id(), null, initial, now, TenantContext.actor(), null, StatusSource.MANUAL));
        return Views.UnitView.of(u);
    }

    public Views.UnitView update(long id, Unit.UnitDetails details, String reason) {
        Unit u = find(id);
        Unit.UnitDetails d = check(details, u.building());
        store.unitByRoom(u.building().id(), d.roomNumber()).filter(o -> !o.id().equals(id)).ifPresent(o -> {
            throw ProblemException.conflict("unit-exists", u.project().name(), u.building().name(), d.roomNumber());
        });
        ProjectService.reason(reason);
        u.change(d, Instant.now());
        return Views.UnitView.of(u);
    }

    @Override
    public UnitStatus change(long unitId, UnitStatus to, String reason, StatusSource source) {
        Unit u = store.unitForUpdate(unitId);
        if (u == null) {
            throw ProblemException.notFound("unit-not-found", unitId);
        }
        Instant now = Instant.now();
        UnitStatus from;
        try {
            from = u.moveTo(to, now);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(409, "unit-status-transition", e.from().chinese(), e.to().chinese())
                    .with("from", e.from()).with("to", e.to()).with("allowed", e.from().allowedNext());
        }
        if (from == to) {
            return from;
        }
        if (reason != null && !reason.isBlank()) {
            AuditReason.set(reason.trim());
        }
        String actor = TenantContext.actor();
        store.add(new UnitStatusChange(u.id(), from, to, now, actor, HousingRules.trim(reason), source));
        events.fire(new UnitStatusChanged(TenantContext.require(), u.id(), u.project().id(), u.building().id(), from, to,
                now, actor, HousingRules.trim(reason), source));
        return from;
    }

    public Views.UnitView changeStatus(long unitId, UnitStatus to, String reason) {
        change(unitId, to, reason, StatusSource.MANUAL);
        return Views.UnitView.of(find(unitId));
    }

    public List<Views.StatusChangeView> statusHistory(long id) {
        find(id);
        return store.statusChanges(id).stream().map(Views.StatusChangeView::of).toList();
    }

    public List<AuditEntry> history(long id) {
        find(id);
        return audit.history(Unit.class, id, UnitService::snapshot);
    }

    static Map<String, Object> snapshot(Unit u) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("roomNumber", u.roomNumber());
        s.put("floor", u.floor());
        s.put("layout", u.layout());
        s.put("area", u.area() == null ? null : u.area().setScale(2).toPlainString());
        s.put("orientation", u.orientation());
        s.put("propertyRegistrationNo", u.propertyRegistrationNo());
        s.put("owningAuthority", u.owningAuthority());
        s.put("rentStandardRef", u.rentStandardRef());
        s.put("managerName", u.managerName());
        s.put("devices", u.devices());
        s.put("status", u.status());
        return s;
    }

    Unit find(long id) {
        return store.unit(id).orElseThrow(() -> ProblemException.notFound("unit-not-found", id));
    }

    private static Unit.UnitDetails check(Unit.UnitDetails d, Building b) {
        ProblemException.Violations v = new ProblemException.Violations();
        String area = HousingRules.area(d.area());
        if (area != null) {
            v.add("area", area);
        }
        String floor = HousingRules.floor(d.floor(), b.floors());
        if (floor != null) {
            v.add("floor", floor, HousingRules.LOWEST_FLOOR, b.floors());
        }
        v.throwIfAny();
        return new Unit.UnitDetails(d.roomNumber().trim(), d.floor(), d.layout().trim(), d.area().setScale(2),
                HousingRules.trim(d.orientation()), HousingRules.trim(d.propertyRegistrationNo()),
                HousingRules.trim(d.owningAuthority()), HousingRules.trim(d.rentStandardRef()),
                HousingRules.trim(d.managerName()),
                d.devices() == null ? List.of() : d.devices().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList());
    }
}
