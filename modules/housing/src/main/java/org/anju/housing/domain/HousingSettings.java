package org.anju.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The operator's housing settings (one row): how many residents one staff member may serve before it is flagged. */
@Entity
@Table(name = "housing_settings")
public class HousingSettings {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id = ID;

    @Column(name = "residents_per_staff_limit", nullable = false)
    private int residentsPerStaffLimit;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HousingSettings() {
    }

    public int residentsPerStaffLimit() {
        return residentsPerStaffLimit;
    }

    public void setResidentsPerStaffLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.residentsPerStaffLimit = limit;
    }
}
