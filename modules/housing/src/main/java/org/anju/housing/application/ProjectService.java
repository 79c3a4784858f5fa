package org.anju.housing.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditReason;
import org.anju.audit.api.AuditTrail;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.ServiceWindow;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;

/** Projects (项目/小区) and their service windows (R5.1c). */
@ApplicationScoped
@Transactional
public class ProjectService {

    @Inject
    HousingStore store;

    @Inject
    HousingRules rules;

    @Inject
    AuditTrail audit;

    public Page<Views.ProjectSummary> search(String text, String divisionCode, PageRequest page) {
        Page<Project> found = store.projects(text, divisionCode, page);
        List<Long> ids = found.items().stream().map(Project::id).toList();
        Map<Long, Map<UnitStatus, Long>> counts = store.countsByProject(ids);
        return found.map(p -> {
            Map<UnitStatus, Long> c = counts.getOrDefault(p.id(), HousingStore.emptyCounts());
            return new Views.ProjectSummary(p.id(), p.name(), p.address(), p.divisionCode(), p.propertyCompany(),
                    p.managerName(), store.buildingCount(p.id()), c.values().stream().mapToLong(Long::longValue).sum(), c,
                    p.createdAt());
        });
    }

    public Views.ProjectView get(long id) {
        return view(find(id));
    }

    public Views.ProjectView create(Project.ProjectDetails details, ServiceWindow window) {
        Project.ProjectDetails d = check(details, null);
        Project p = new Project(d, Instant.now());
        if (window != null) {
            p.publishServiceWindow(window, Instant.now());
        }
        store.add(p);
        store.em().flush();
        return view(p);
    }

    public Views.ProjectView update(long id, Project.ProjectDetails details, String reason) {
        Project p = find(id);
        Project.ProjectDetails d = check(details, id);
        reason(reason);
        p.change(d, Instant.now());
        return view(p);
    }

    public Views.ProjectView publishServiceWindow(long id, ServiceWindow window, String reason) {
        Project p = find(id);
        reason(reason);
        p.publishServiceWindow(window, Instant.now());
        return view(p);
    }

    public void delete(long id) {
        Project p = find(id);
        if (store.buildingCount(id) > 0) {
            throw ProblemException.conflict("project-not-empty", p.name());
        }
        store.remove(p);
    }

    public List<AuditEntry> history(long id) {
        find(id);
        return audit.history(Project.class, id, p -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", p.name());
            s.put("address", p.address());
            s.put("divisionCode", p.divisionCode());
            s.put("propertyCompany", p.propertyCompany());
            s.put("managerName", p.managerName());
            s.put("managerPhone", p.managerPhone());
            s.put("latitude", p.latitude());
            s.put("longitude", p.longitude());
            ServiceWindow w = p.serviceWindow();
            s.put("serviceWindow.applicationProcess", w.applicationProcess());
            s.put("serviceWindow.howToApply", w.howToApply());
            s.put("serviceWindow.requiredMaterials", w.requiredMaterials());
            s.put("serviceWindow.hotline", w.hotline());
            s.put("serviceWindow.officeHours", w.officeHours());
            s.put("serviceWindow.serviceAddress", w.serviceAddress());
            return s;
        });
    }

    Project find(long id) {
        return store.project(id).orElseThrow(() -> ProblemException.notFound("project-not-found", id));
    }

    Views.ProjectView view(Project p) {
        List<Building> buildings = store.buildings(p.id());
        Map<Long, Map<UnitStatus, Long>> byBuilding = store.countsByBuilding(buildings.stream().map(Building::id).toList());
        Map<UnitStatus, Long> total = HousingStore.emptyCounts();
        byBuilding.values().forEach(c -> c.forEach((k, v) -> total.merge(k, v, Long::sum)));
        return new Views.ProjectView(p.id(), p.name(), p.address(), p.divisionCode(), p.propertyCompany(),
                p.managerName(), p.managerPhone(), p.latitude(), p.longitude(),
                Views.ServiceWindowView.of(p.serviceWindow()),
                buildings.stream().map(b -> Views.BuildingView.of(b, byBuilding.get(b.id()))).toList(), total,
                p.createdAt(), p.updatedAt());
    }

    private Project.ProjectDetails check(Project.ProjectDetails d, Long self) {
        ProblemException.Violations v = new ProblemException.Violations();
        String division = rules.divisionCode(d.divisionCode());
        if (division != null) {
            v.add("divisionCode", division, String.valueOf(d.divisionCode()));
        }
        if (d.latitude() != null && (d.latitude().abs().doubleValue() > 90)) {
            v.add("latitude", "housing.validation.latitude");
        }
        if (d.longitude() != null && (d.longitude().abs().doubleValue() > 180)) {
            v.add("longitude", "housing.validation.longitude");
        }
        v.throwIfAny();
        String name = d.name().trim();
        store.projectByName(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("project-exists", name);
        });
        return new Project.ProjectDetails(name, d.address().trim(), d.divisionCode().trim(),
                HousingRules.trim(d.propertyCompany()), HousingRules.trim(d.managerName()),
                HousingRules.trim(d.managerPhone()), d.latitude(), d.longitude());
    }

    static void reason(String reason) {
        if (reason != null && !reason.isBlank()) {
            AuditReason.set(reason.trim());
        }
    }
}
