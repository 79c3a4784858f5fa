package org.anju.housing.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitCellDetails;
import org.anju.housing.api.UnitDetailsProvider;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.Project;
import org.anju.housing.infrastructure.HousingStore;
import org.anju.housing.infrastructure.StatusBoardQuery;
import org.anju.kernel.api.ProblemException;

/**
 * The status board (房态图, R6.1c, R6.1d): one projection query for the cells, counts per status that ignore the status
 * filter (so the legend always shows every status), details from the capabilities that know occupants, leases and
 * devices, asked once for all cells.
 */
@ApplicationScoped
@Transactional
public class StatusBoardService {

    @Inject
    HousingStore store;

    @Inject
    StatusBoardQuery query;

    @Inject
    Instance<UnitDetailsProvider> providers;

    public Views.StatusBoard board(long projectId, Long buildingId, UnitStatus status, String layout,
                                   BigDecimal minArea, BigDecimal maxArea) {
        Project project = store.project(projectId).orElseThrow(() -> ProblemException.notFound("project-not-found", projectId));
        List<Building> buildings = store.buildings(projectId).stream()
                .filter(b -> buildingId == null || b.id().equals(buildingId)).toList();
        if (buildingId != null && buildings.isEmpty()) {
            throw ProblemException.invalid("buildingId", "housing.validation.building.unknown", buildingId);
        }
        List<StatusBoardQuery.Cell> cells = query.cells(projectId, buildingId, layout, minArea, maxArea);
        Map<Long, UnitCellDetails> details = new java.util.HashMap<>();
        List<Long> shownIds = cells.stream().filter(c -> status == null || c.status() == status)
                .map(StatusBoardQuery.Cell::id).toList();
        for (UnitDetailsProvider p : providers) {
            p.details(shownIds).forEach((id, d) -> details.merge(id, d, StatusBoardService::merge));
        }

        Map<UnitStatus, Long> counts = HousingStore.emptyCounts();
        Map<Long, Map<UnitStatus, Long>> buildingCounts = new LinkedHashMap<>();
        Map<Long, Map<Integer, List<Views.BoardCell>>> grid = new LinkedHashMap<>();
        buildings.forEach(b -> {
            buildingCounts.put(b.id(), HousingStore.emptyCounts());
            grid.put(b.id(), new LinkedHashMap<>());
        });
        long shown = 0;
        for (StatusBoardQuery.Cell c : cells) {
            counts.merge(c.status(), 1L, Long::sum);
            buildingCounts.get(c.buildingId()).merge(c.status(), 1L, Long::sum);
            if (status != null && c.status() != status) {
                continue;
            }
            shown++;
            UnitCellDetails d = details.get(c.id());
            grid.get(c.buildingId()).computeIfAbsent(c.floor(), f -> new ArrayList<>()).add(new Views.BoardCell(
                    c.id(), c.roomNumber(), c.status(), c.layout(), c.area(),
                    d == null ? null : d.occupant(), d == null ? null : d.leaseEnd(), d == null ? null : d.deviceState()));
        }
        List<Views.BoardBuilding> boardBuildings = buildings.stream().map(b -> new Views.BoardBuilding(b.id(), b.name(),
                b.floors(), b.hasElevator(), buildingCounts.get(b.id()),
                grid.get(b.id()).entrySet().stream().map(e -> new Views.BoardRow(e.getKey(), e.getValue())).toList()))
                .toList();
        return new Views.StatusBoard(Views.ref(project), counts, cells.size(), shown, query.layouts(projectId), boardBuildings);
    }

    private static UnitCellDetails merge(UnitCellDetails a, UnitCellDetails b) {
        return new UnitCellDetails(a.occupant() != null ? a.occupant() : b.occupant(),
                a.leaseEnd() != null ? a.leaseEnd() : b.leaseEnd(),
                a.deviceState() != null ? a.deviceState() : b.deviceState());
    }
}
