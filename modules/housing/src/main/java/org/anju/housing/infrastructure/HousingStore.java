package org.anju.housing.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.HousingSettings;
import org.anju.housing.domain.ImportJob;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.StaffMember;
import org.anju.housing.domain.Unit;
import org.anju.housing.domain.UnitStatusChange;
import org.anju.kernel.api.Like;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.tenancy.api.DivisionCode;

/** The housing stock of the operator in scope (Hibernate picks the schema from the tenant context). */
@ApplicationScoped
public class HousingStore {

    /** Unit filters of lists and boards. */
    public record UnitFilter(Long projectId, Long buildingId, UnitStatus status, String layout, BigDecimal minArea,
                             BigDecimal maxArea, String text) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    // ---- projects

    public Optional<Project> project(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    public Optional<Project> projectByName(String name) {
        return em.createQuery("SELECT p FROM Project p WHERE p.name = :n", Project.class).setParameter("n", name)
                .getResultStream().findFirst();
    }

    public List<Project> projects() {
        return em.createQuery("SELECT p FROM Project p ORDER BY p.name", Project.class).getResultList();
    }

    public Page<Project> projects(String text, String divisionCode, PageRequest page) {
        List<String> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where.add("(LOWER(p.name) LIKE :text ESCAPE '!' OR LOWER(p.address) LIKE :text ESCAPE '!')");
        }
        if (divisionCode != null && !divisionCode.isBlank()) {
            where.add("p.divisionCode LIKE :division");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<Project> q = em.createQuery("SELECT p FROM Project p" + filter + " ORDER BY p.name", Project.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Project p" + filter, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            if (text != null && !text.isBlank()) {
                tq.setParameter("text", Like.contains(text));
            }
            if (divisionCode != null && !divisionCode.isBlank()) {
                tq.setParameter("division", DivisionCode.prefix(divisionCode.trim()) + "%");
            }
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    // ---- buildings

    public Optional<Building> building(long id) {
        return Optional.ofNullable(em.find(Building.class, id));
    }

    public List<Building> buildings(long projectId) {
        return em.createQuery("SELECT b FROM Building b WHERE b.project.id = :p ORDER BY LENGTH(b.name), b.name", Building.class)
                .setParameter("p", projectId).getResultList();
    }

    public Optional<Building> buildingByName(long projectId, String name) {
        return em.createQuery("SELECT b FROM Building b WHERE b.project.id = :p AND b.name = :n", Building.class)
                .setParameter("p", projectId).setParameter("n", name).getResultStream().findFirst();
    }

    public long buildingCount(long projectId) {
        return em.createQuery("SELECT COUNT(b) FROM Building b WHERE b.project.id = :p", Long.class)
                .setParameter("p", projectId).getSingleResult();
    }

    // ---- units

    public Optional<Unit> unit(long id) {
        return Optional.ofNullable(em.find(Unit.class, id));
    }

    public Unit unitForUpdate(long id) {
        return em.find(Unit.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Unit> unitByRoom(long buildingId, String roomNumber) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.building.id = :b AND u.roomNumber = :r", Unit.class)
                .setParameter("b", buildingId).setParameter("r", roomNumber).getResultStream().findFirst();
    }

    public long unitCountInBuilding(long buildingId) {
        return em.createQuery("SELECT COUNT(u) FROM Unit u WHERE u.building.id = :b", Long.class)
                .setParameter("b", buildingId).getSingleResult();
    }

    public int highestFloor(long buildingId) {
        Integer max = em.createQuery("SELECT MAX(u.floor) FROM Unit u WHERE u.building.id = :b", Integer.class)
                .setParameter("b", buildingId).getSingleResult();
        return max == null ? 0 : max;
    }

    public Page<Unit> units(UnitFilter f, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String filter = unitWhere(f, params);
        TypedQuery<Unit> q = em.createQuery("SELECT u FROM Unit u JOIN FETCH u.building b JOIN FETCH u.project p" + filter
                + " ORDER BY p.name, LENGTH(b.name), b.name, u.floor, LENGTH(u.roomNumber), u.roomNumber", Unit.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM Unit u JOIN u.building b JOIN u.project p" + filter, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    private static String unitWhere(UnitFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (f.projectId() != null) {
            where.add("p.id = :project");
            params.put("project", f.projectId());
        }
        if (f.buildingId() != null) {
            where.add("b.id = :building");
            params.put("building", f.buildingId());
        }
        if (f.status() != null) {
            where.add("u.status = :status");
            params.put("status", f.status());
        }
        if (f.layout() != null && !f.layout().isBlank()) {
            where.add("u.layout = :layout");
            params.put("layout", f.layout().trim());
        }
        if (f.minArea() != null) {
            where.add("u.area >= :minArea");
            params.put("minArea", f.minArea());
        }
        if (f.maxArea() != null) {
            where.add("u.area <= :maxArea");
            params.put("maxArea", f.maxArea());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add("(LOWER(u.roomNumber) LIKE :text ESCAPE '!' OR LOWER(b.name) LIKE :text ESCAPE '!' "
                    + "OR LOWER(p.name) LIKE :text ESCAPE '!')");
            params.put("text", Like.contains(f.text()));
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** Units per status of each project given (one query). */
    public Map<Long, Map<UnitStatus, Long>> countsByProject(Collection<Long> projectIds) {
        return counts("u.project.id", projectIds);
    }

    /** Units per status of each building given (one query). */
    public Map<Long, Map<UnitStatus, Long>> countsByBuilding(Collection<Long> buildingIds) {
        return counts("u.building.id", buildingIds);
    }

    private Map<Long, Map<UnitStatus, Long>> counts(String key, Collection<Long> ids) {
        Map<Long, Map<UnitStatus, Long>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("SELECT " + key + ", u.status, COUNT(u) FROM Unit u WHERE " + key
                + " IN :ids GROUP BY " + key + ", u.status", Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((Long) r[0], k -> emptyCounts()).put((UnitStatus) r[1], (Long) r[2]);
        }
        ids.forEach(id -> out.computeIfAbsent(id, k -> emptyCounts()));
        return out;
    }

    public static Map<UnitStatus, Long> emptyCounts() {
        Map<UnitStatus, Long> m = new EnumMap<>(UnitStatus.class);
        for (UnitStatus s : UnitStatus.values()) {
            m.put(s, 0L);
        }
        return m;
    }

    public List<UnitStatusChange> statusChanges(long unitId) {
        return em.createQuery("SELECT c FROM UnitStatusChange c WHERE c.unitId = :u ORDER BY c.at DESC, c.id DESC",
                UnitStatusChange.class).setParameter("u", unitId).getResultList();
    }

    // ---- roster

    public Optional<StaffMember> staff(long id) {
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    public Page<StaffMember> staff(String text, Long projectId, Boolean active, PageRequest page) {
        List<String> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where.add("(LOWER(s.name) LIKE :text ESCAPE '!' OR LOWER(s.position) LIKE :text ESCAPE '!')");
        }
        if (projectId != null) {
            where.add("EXISTS (SELECT 1 FROM StaffMember s2 JOIN s2.projects p WHERE s2 = s AND p.id = :project)");
        }
        if (active != null) {
            where.add("s.active = :active");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<StaffMember> q = em.createQuery("SELECT s FROM StaffMember s" + filter + " ORDER BY s.name, s.id", StaffMember.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM StaffMember s" + filter, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            if (text != null && !text.isBlank()) {
                tq.setParameter("text", Like.contains(text));
            }
            if (projectId != null) {
                tq.setParameter("project", projectId);
            }
            if (active != null) {
                tq.setParameter("active", active);
            }
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    /** Active staff members assigned to each project (one query). */
    public Map<Long, Long> activeStaffByProject() {
        Map<Long, Long> out = new HashMap<>();
        em.createQuery("SELECT p.id, COUNT(s) FROM StaffMember s JOIN s.projects p WHERE s.active = true GROUP BY p.id",
                Object[].class).getResultList().forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    public HousingSettings settings() {
        return em.find(HousingSettings.class, HousingSettings.ID);
    }

    // ---- imports

    public Optional<ImportJob> importJob(UUID id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    public Page<ImportJob> importJobs(PageRequest page) {
        return new Page<>(em.createQuery("SELECT j FROM ImportJob j ORDER BY j.createdAt DESC", ImportJob.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                em.createQuery("SELECT COUNT(j) FROM ImportJob j", Long.class).getSingleResult(), page.page(), page.size());
    }

}
