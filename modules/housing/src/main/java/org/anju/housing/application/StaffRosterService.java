package org.anju.housing.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.Qualification;
import org.anju.housing.domain.StaffMember;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;

/**
 * The staff roster and staffing ratios (R5.1d): per project, residents served per active staff member, flagged above
 * the operator's limit. Residents are counted as occupied units until households exist.
 */
@ApplicationScoped
@Transactional
public class StaffRosterService {

    /** What a staff member is described by. */
    public record StaffDetails(String name, String position, String phone, Long userId, Boolean active,
                               List<Qualification> qualifications, List<Long> projectIds) {
    }

    @Inject
    HousingStore store;

    public Page<Views.StaffView> search(String text, Long projectId, Boolean active, PageRequest page) {
        return store.staff(text, projectId, active, page).map(Views.StaffView::of);
    }

    public Views.StaffView get(long id) {
        return Views.StaffView.of(find(id));
    }

    public Views.StaffView create(StaffDetails d) {
        StaffMember s = new StaffMember(d.name().trim(), d.position().trim(), HousingRules.trim(d.phone()), d.userId(),
                d.qualifications(), projects(d.projectIds()), Instant.now());
        store.add(s);
        store.em().flush();
        return Views.StaffView.of(s);
    }

    public Views.StaffView update(long id, StaffDetails d) {
        StaffMember s = find(id);
        s.change(d.name().trim(), d.position().trim(), HousingRules.trim(d.phone()), d.userId(),
                d.active() == null || d.active(), d.qualifications(), projects(d.projectIds()), Instant.now());
        return Views.StaffView.of(s);
    }

    public List<Views.Staffing> staffing() {
        int limit = store.settings().residentsPerStaffLimit();
        List<Project> projects = store.projects();
        Map<Long, Map<UnitStatus, Long>> counts = store.countsByProject(projects.stream().map(Project::id).toList());
        Map<Long, Long> staff = store.activeStaffByProject();
        return projects.stream().map(p -> {
            long residents = counts.get(p.id()).get(UnitStatus.OCCUPIED);
            long n = staff.getOrDefault(p.id(), 0L);
            BigDecimal ratio = n == 0 ? null : BigDecimal.valueOf(residents).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
            boolean over = n == 0 ? residents > 0 : ratio.compareTo(BigDecimal.valueOf(limit)) > 0;
            return new Views.Staffing(p.id(), p.name(), residents, n, ratio, limit, over);
        }).toList();
    }

    public int limit() {
        return store.settings().residentsPerStaffLimit();
    }

    public int setLimit(int limit) {
        if (limit < 1 || limit > 100_000) {
            throw ProblemException.invalid("residentsPerStaffLimit", "validation.range", 1, 100_000);
        }
        store.settings().setResidentsPerStaffLimit(limit);
        return limit;
    }

    private List<Project> projects(List<Long> ids) {
        ProblemException.Violations v = new ProblemException.Violations();
        List<Long> list = ids == null ? List.of() : ids.stream().distinct().toList();
        List<Project> found = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            var p = store.project(list.get(i));
            if (p.isEmpty()) {
                v.add("projectIds[" + i + "]", "housing.validation.project.unknown", list.get(i));
            } else {
                found.add(p.get());
            }
        }
        v.throwIfAny();
        return found;
    }

    private StaffMember find(long id) {
        return store.staff(id).orElseThrow(() -> ProblemException.notFound("staff-not-found", id));
    }
}
