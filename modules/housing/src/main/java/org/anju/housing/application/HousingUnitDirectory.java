package org.anju.housing.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.housing.domain.Unit;
import org.anju.housing.infrastructure.HousingStore;

/** The housing stock as other capabilities see it. */
@ApplicationScoped
@Transactional
public class HousingUnitDirectory implements UnitDirectory {

    @Inject
    HousingStore store;

    @Override
    public Optional<UnitSummary> find(long unitId) {
        return store.unit(unitId).map(HousingUnitDirectory::summary);
    }

    @Override
    public Optional<UnitSummary> find(String projectName, String buildingName, String roomNumber) {
        return store.projectByName(projectName)
                .flatMap(p -> store.buildingByName(p.id(), buildingName))
                .flatMap(b -> store.unitByRoom(b.id(), roomNumber))
                .map(HousingUnitDirectory::summary);
    }

    static UnitSummary summary(Unit u) {
        return new UnitSummary(u.id(), u.project().id(), u.project().name(), u.project().address(), u.building().id(),
                u.building().name(), u.roomNumber(), u.floor(), u.layout(), u.area(), u.status());
    }

    @Override
    public boolean projectExists(long projectId) {
        return store.project(projectId).isPresent();
    }

    @Override
    public List<UnitSummary> ofProject(long projectId) {
        return store.em().createQuery("SELECT u FROM Unit u JOIN FETCH u.building b JOIN FETCH u.project p "
                        + "WHERE p.id = :p ORDER BY LENGTH(b.name), b.name, LENGTH(u.roomNumber), u.roomNumber", Unit.class)
                .setParameter("p", projectId).getResultStream().map(HousingUnitDirectory::summary).toList();
    }

    @Override
    public java.util.Map<Long, UnitSummary> findAll(java.util.Collection<Long> unitIds) {
        java.util.Map<Long, UnitSummary> found = new java.util.HashMap<>();
        if (unitIds.isEmpty()) {
            return found;
        }
        store.em().createQuery("SELECT u FROM Unit u JOIN FETCH u.building b JOIN FETCH u.project p WHERE u.id IN :ids",
                        Unit.class)
                .setParameter("ids", java.util.Set.copyOf(unitIds)).getResultStream()
                .forEach(u -> found.put(u.id(), summary(u)));
        return found;
    }

    @Override
    public List<UnitSummary> inStatus(org.anju.housing.api.UnitStatus status) {
        return store.em().createQuery("SELECT u FROM Unit u JOIN FETCH u.building b JOIN FETCH u.project p"
                        + " WHERE u.status = :s ORDER BY u.id", Unit.class)
                .setParameter("s", status).getResultStream().map(HousingUnitDirectory::summary).toList();
    }
}
