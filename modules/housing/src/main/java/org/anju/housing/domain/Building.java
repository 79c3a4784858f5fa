package org.anju.housing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A building (楼栋) of a project; its name is unique within the project. */
@Entity
@Table(name = "building")
@Audited
public class Building {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "building_seq")
    @SequenceGenerator(name = "building_seq", sequenceName = "building_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "floors", nullable = false)
    private int floors;

    @Column(name = "has_elevator", nullable = false)
    private boolean hasElevator;

    @Column(name = "year_built")
    private Integer yearBuilt;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Building() {
    }

    public Building(Project project, String name, int floors, boolean hasElevator, Integer yearBuilt, Instant now) {
        this.project = project;
        change(name, floors, hasElevator, yearBuilt, now);
        this.createdAt = now;
    }

    public void change(String name, int floors, boolean hasElevator, Integer yearBuilt, Instant now) {
        this.name = name;
        this.floors = floors;
        this.hasElevator = hasElevator;
        this.yearBuilt = yearBuilt;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String name() {
        return name;
    }

    public int floors() {
        return floors;
    }

    public boolean hasElevator() {
        return hasElevator;
    }

    public Integer yearBuilt() {
        return yearBuilt;
    }
}
