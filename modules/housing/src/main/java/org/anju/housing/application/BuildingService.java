package org.anju.housing.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditTrail;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.Project;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.kernel.api.ProblemException;

/** Buildings (楼栋) of a project. */
@ApplicationScoped
@Transactional
public class BuildingService {

    /** What a building is described by. */
    public record BuildingDetails(String name, Integer floors, Boolean hasElevator, Integer yearBuilt) {
    }

    @Inject
    HousingStore store;

    @Inject
    AuditTrail audit;

    public List<Views.BuildingView> list(long projectId) {
        store.project(projectId).orElseThrow(() -> ProblemException.notFound("project-not-found", projectId));
        List<Building> buildings = store.buildings(projectId);
        Map<Long, Map<UnitStatus, Long>> counts = store.countsByBuilding(buildings.stream().map(Building::id).toList());
        return buildings.stream().map(b -> Views.BuildingView.of(b, counts.get(b.id()))).toList();
    }

    public Views.BuildingView get(long id) {
        Building b = find(id);
        return Views.BuildingView.of(b, store.countsByBuilding(List.of(id)).get(id));
    }

    public Views.BuildingView create(long projectId, BuildingDetails d) {
        Project p = store.project(projectId).orElseThrow(() -> ProblemException.notFound("project-not-found", projectId));
        check(d, 0);
        String name = d.name().trim();
        if (store.buildingByName(projectId, name).isPresent()) {
            throw ProblemException.conflict("building-exists", name, p.name());
        }
        Building b = new Building(p, name, d.floors(), Boolean.TRUE.equals(d.hasElevator()), d.yearBuilt(), Instant.now());
        store.add(b);
        store.em().flush();
        return Views.BuildingView.of(b, HousingStore.emptyCounts());
    }

    public Views.BuildingView update(long id, BuildingDetails d, String reason) {
        Building b = find(id);
        check(d, store.highestFloor(id));
        String name = d.name().trim();
        store.buildingByName(b.project().id(), name).filter(o -> !o.id().equals(id)).ifPresent(o -> {
            throw ProblemException.conflict("building-exists", name, b.project().name());
        });
        ProjectService.reason(reason);
        b.change(name, d.floors(), Boolean.TRUE.equals(d.hasElevator()), d.yearBuilt(), Instant.now());
        return get(id);
    }

    public void delete(long id) {
        Building b = find(id);
        if (store.unitCountInBuilding(id) > 0) {
            throw ProblemException.conflict("building-not-empty", b.name());
        }
        store.remove(b);
    }

    public List<AuditEntry> history(long id) {
        find(id);
        return audit.history(Building.class, id, b -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", b.name());
            s.put("floors", b.floors());
            s.put("hasElevator", b.hasElevator());
            s.put("yearBuilt", b.yearBuilt());
            return s;
        });
    }

    Building find(long id) {
        return store.building(id).orElseThrow(() -> ProblemException.notFound("building-not-found", id));
    }

    private static void check(BuildingDetails d, int highestUsedFloor) {
        ProblemException.Violations v = new ProblemException.Violations();
        String floors = HousingRules.floors(d.floors());
        if (floors != null) {
            v.add("floors", floors, HousingRules.MAX_FLOORS);
        } else if (d.floors() < highestUsedFloor) {
            v.add("floors", "housing.validation.floors.units", highestUsedFloor);
        }
        String year = HousingRules.yearBuilt(d.yearBuilt());
        if (year != null) {
            v.add("yearBuilt", year);
        }
        v.throwIfAny();
    }
}
