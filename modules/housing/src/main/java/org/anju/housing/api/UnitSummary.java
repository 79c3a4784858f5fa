package org.anju.housing.api;

import java.math.BigDecimal;

/** What other capabilities need to know of a unit: where it is, what it is, its status. */
public record UnitSummary(long id, long projectId, String projectName, String projectAddress, long buildingId,
                          String buildingName, String roomNumber, int floor, String layout, BigDecimal area,
                          UnitStatus status) {

    /** {@code 阳光家园 1号楼 101}. */
    public String label() {
        return projectName + " " + buildingName + " " + roomNumber;
    }
}
