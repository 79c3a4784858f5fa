package org.anju.housing.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.anju.housing.api.UnitStatus;

/**
 * The status board's data in one projection query (no entities, no per-unit queries): every unit of a project (or a
 * building) matching the layout and area filters, ordered by building, floor from the top and room.
 */
@ApplicationScoped
public class StatusBoardQuery {

    /** One cell's raw data. */
    public record Cell(long id, long buildingId, String roomNumber, int floor, String layout, BigDecimal area,
                       UnitStatus status) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public List<Cell> cells(long projectId, Long buildingId, String layout, BigDecimal minArea, BigDecimal maxArea) {
        StringBuilder sql = new StringBuilder("SELECT id, building_id, room_number, floor, layout, area, status FROM unit "
                + "WHERE project_id = :project");
        if (buildingId != null) {
            sql.append(" AND building_id = :building");
        }
        if (layout != null && !layout.isBlank()) {
            sql.append(" AND layout = :layout");
        }
        if (minArea != null) {
            sql.append(" AND area >= :minArea");
        }
        if (maxArea != null) {
            sql.append(" AND area <= :maxArea");
        }
        sql.append(" ORDER BY building_id, floor DESC, length(room_number), room_number");
        Query q = em.createNativeQuery(sql.toString()).setParameter("project", projectId);
        if (buildingId != null) {
            q.setParameter("building", buildingId);
        }
        if (layout != null && !layout.isBlank()) {
            q.setParameter("layout", layout.trim());
        }
        if (minArea != null) {
            q.setParameter("minArea", minArea);
        }
        if (maxArea != null) {
            q.setParameter("maxArea", maxArea);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Cell> cells = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            cells.add(new Cell(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).intValue(), (String) r[4], (BigDecimal) r[5], UnitStatus.valueOf((String) r[6])));
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    public List<String> layouts(long projectId) {
        return em.createNativeQuery("SELECT DISTINCT layout FROM unit WHERE project_id = :p ORDER BY layout")
                .setParameter("p", projectId).getResultList();
    }
}
