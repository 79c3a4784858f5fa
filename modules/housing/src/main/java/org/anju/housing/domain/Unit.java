package org.anju.housing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.housing.api.UnitStatus;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A rentable unit (房源) — the subject of one-room-one-archive (R6.1b). Invariants: the room number is unique within
 * its building; the area is positive with at most two decimals; the floor is not zero and not above the building;
 * the status moves only along {@link UnitStatus}'s state machine ({@link #moveTo}).
 */
@Entity
@Table(name = "unit")
@Audited
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "building_id", nullable = false, updatable = false)
    private Building building;

    @Column(name = "room_number", nullable = false, length = 20)
    private String roomNumber;

    @Column(name = "floor", nullable = false)
    private int floor;

    @Column(name = "layout", nullable = false, length = 30)
    private String layout;

    @Column(name = "area", nullable = false, precision = 8, scale = 2)
    private BigDecimal area;

    @Column(name = "orientation", length = 10)
    private String orientation;

    @Column(name = "property_registration_no", length = 100)
    private String propertyRegistrationNo;

    @Column(name = "owning_authority", length = 200)
    private String owningAuthority;

    @Column(name = "rent_standard_ref", length = 50)
    private String rentStandardRef;

    @Column(name = "manager_name", length = 100)
    private String managerName;

    /** References of the smart devices installed (their registry comes with the devices capability). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_device", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "device_ref", length = 100)
    private Set<String> devices = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private UnitStatus status;

    @NotAudited
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Unit() {
    }

    public Unit(Building building, UnitDetails details, UnitStatus status, Instant now) {
        this.building = building;
        this.project = building.project();
        apply(details);
        this.status = status;
        this.statusChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editable description of a unit (everything but where it is and its status). */
    public record UnitDetails(String roomNumber, int floor, String layout, BigDecimal area, String orientation,
                              String propertyRegistrationNo, String owningAuthority, String rentStandardRef,
                              String managerName, Collection<String> devices) {
    }

    public void change(UnitDetails details, Instant now) {
        apply(details);
        this.updatedAt = now;
    }

    /** Moves along the state machine; refuses an illegal change. Returns the status before. */
    public UnitStatus moveTo(UnitStatus next, Instant now) {
        UnitStatus before = status;
        if (before == next) {
            return before;
        }
        if (!before.canMoveTo(next)) {
            throw new IllegalTransitionException(before, next);
        }
        this.status = next;
        this.statusChangedAt = now;
        this.updatedAt = now;
        return before;
    }

    private void apply(UnitDetails d) {
        this.roomNumber = d.roomNumber();
        this.floor = d.floor();
        this.layout = d.layout();
        this.area = d.area();
        this.orientation = d.orientation();
        this.propertyRegistrationNo = d.propertyRegistrationNo();
        this.owningAuthority = d.owningAuthority();
        this.rentStandardRef = d.rentStandardRef();
        this.managerName = d.managerName();
        this.devices.clear();
        if (d.devices() != null) {
            this.devices.addAll(d.devices());
        }
    }

    public UnitDetails details() {
        return new UnitDetails(roomNumber, floor, layout, area, orientation, propertyRegistrationNo, owningAuthority,
                rentStandardRef, managerName, Set.copyOf(devices));
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Building building() {
        return building;
    }

    public String roomNumber() {
        return roomNumber;
    }

    public int floor() {
        return floor;
    }

    public String layout() {
        return layout;
    }

    public BigDecimal area() {
        return area;
    }

    public String orientation() {
        return orientation;
    }

    public String propertyRegistrationNo() {
        return propertyRegistrationNo;
    }

    public String owningAuthority() {
        return owningAuthority;
    }

    public String rentStandardRef() {
        return rentStandardRef;
    }

    public String managerName() {
        return managerName;
    }

    public Set<String> devices() {
        return Set.copyOf(devices);
    }

    public UnitStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
