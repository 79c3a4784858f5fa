package org.anju.housing.api;

import java.util.List;
import java.util.Optional;

/** Looks units up for other capabilities (leasing allocates them, finance rents them). Tenant scope required. */
public interface UnitDirectory {

    Optional<UnitSummary> find(long unitId);

    /** By natural key: project name, building name, room number. */
    Optional<UnitSummary> find(String projectName, String buildingName, String roomNumber);

    /** Whether the project exists in the current operator. */
    boolean projectExists(long projectId);

    /** Every unit of a project, by building and room (meter node maps, per-project meter lists); empty if unknown. */
    List<UnitSummary> ofProject(long projectId);

    /**
     * Several units at once, by id (one query; unknown ids are absent): alerts check the status of the units a batch
     * of meter readings names (R7.3c) without a query per unit.
     */
    java.util.Map<Long, UnitSummary> findAll(java.util.Collection<Long> unitIds);

    /** Every unit in a status (one query): alerts watch the meters of VACANT units (R7.3c). */
    List<UnitSummary> inStatus(UnitStatus status);
}
