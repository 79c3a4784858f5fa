package org.anju.housing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.audit.api.AuditEntry;
import org.anju.housing.api.ArchiveSection;
import org.anju.housing.api.StatusSource;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.ServiceWindow;
import org.anju.housing.domain.StaffMember;
import org.anju.housing.domain.Unit;
import org.anju.housing.domain.UnitStatusChange;

/** The read models housing answers with (records; never entities beyond this package and rest). */
public final class Views {

    private Views() {
    }

    /** A project in a list, with its unit counts per status. */
    public record ProjectSummary(long id, String name, String address, String divisionCode, String propertyCompany,
                                 String managerName, long buildings, long units, Map<UnitStatus, Long> counts,
                                 Instant createdAt) {
    }

    /** What a service window publishes (R5.1c). */
    public record ServiceWindowView(String applicationProcess, String howToApply, String requiredMaterials,
                                    String hotline, String officeHours, String serviceAddress) {
        static ServiceWindowView of(ServiceWindow w) {
            return new ServiceWindowView(w.applicationProcess(), w.howToApply(), w.requiredMaterials(), w.hotline(),
                    w.officeHours(), w.serviceAddress());
        }
    }

    /** A project with its buildings. */
    public record ProjectView(long id, String name, String address, String divisionCode, String propertyCompany,
                              String managerName, String managerPhone, BigDecimal latitude, BigDecimal longitude,
                              ServiceWindowView serviceWindow, List<BuildingView> buildings,
                              Map<UnitStatus, Long> counts, Instant createdAt, Instant updatedAt) {
    }

    /** A building with its unit counts. */
    public record BuildingView(long id, long projectId, String name, int floors, boolean hasElevator, Integer yearBuilt,
                               long units, Map<UnitStatus, Long> counts) {
        static BuildingView of(Building b, Map<UnitStatus, Long> counts) {
            long units = counts.values().stream().mapToLong(Long::longValue).sum();
            return new BuildingView(b.id(), b.project().id(), b.name(), b.floors(), b.hasElevator(), b.yearBuilt(),
                    units, counts);
        }
    }

    /** A unit, with the statuses it may change to. */
    public record UnitView(long id, long projectId, String projectName, long buildingId, String buildingName,
                           String roomNumber, int floor, String layout, BigDecimal area, String orientation,
                           String propertyRegistrationNo, String owningAuthority, String rentStandardRef,
                           String managerName, List<String> devices, UnitStatus status, Instant statusChangedAt,
                           Set<UnitStatus> allowedStatuses, Instant createdAt, Instant updatedAt) {
        public static UnitView of(Unit u) {
            return new UnitView(u.id(), u.project().id(), u.project().name(), u.building().id(), u.building().name(),
                    u.roomNumber(), u.floor(), u.layout(), u.area(), u.orientation(), u.propertyRegistrationNo(),
                    u.owningAuthority(), u.rentStandardRef(), u.managerName(), u.devices().stream().sorted().toList(),
                    u.status(), u.statusChangedAt(), u.status().allowedNext(), u.createdAt(), u.updatedAt());
        }
    }

    /** One recorded status change. */
    public record StatusChangeView(UnitStatus from, UnitStatus to, Instant at, String actor, String reason,
                                   StatusSource source) {
        static StatusChangeView of(UnitStatusChange c) {
            return new StatusChangeView(c.from(), c.to(), c.at(), c.actor(), c.reason(), c.source());
        }
    }

    /** The status board of a project (R6.1c, R6.1d). */
    public record StatusBoard(ProjectRef project, Map<UnitStatus, Long> counts, long total, long shown,
                              List<String> layouts, List<BoardBuilding> buildings) {
    }

    /** A project by id and name. */
    public record ProjectRef(long id, String name) {
    }

    /** A building on the board. */
    public record BoardBuilding(long id, String name, int floors, boolean hasElevator, Map<UnitStatus, Long> counts,
                                List<BoardRow> rows) {
    }

    /** One floor of a building on the board. */
    public record BoardRow(int floor, List<BoardCell> units) {
    }

    /** One unit on the board. */
    public record BoardCell(long id, String roomNumber, UnitStatus status, String layout, BigDecimal area,
                            String occupant, LocalDate leaseEnd, org.anju.housing.api.UnitCellDetails.DeviceState deviceState) {
    }

    /** One-room-one-archive (R6.1b, R7.4a). */
    public record UnitArchive(UnitView unit, Location location, BuildingAttributes building, Ownership ownership,
                              Object lease, Management management, List<StatusChangeView> statusHistory,
                              List<AuditEntry> revisions, List<ArchiveSection> sections) {
    }

    /** Where the unit is. */
    public record Location(long projectId, String projectName, String projectAddress, String divisionCode,
                           String buildingName, int floor, String roomNumber) {
    }

    /** The building's attributes. */
    public record BuildingAttributes(int floors, boolean hasElevator, Integer yearBuilt) {
    }

    /** Property registration and owner. */
    public record Ownership(String propertyRegistrationNo, String owningAuthority) {
    }

    /** Who manages the unit. */
    public record Management(String managerName, String projectManager, String propertyCompany) {
    }

    /** A staff member of the roster. */
    public record StaffView(long id, String name, String position, String phone, Long userId, boolean active,
                            List<QualificationView> qualifications, List<ProjectRef> projects) {
        static StaffView of(StaffMember s) {
            return new StaffView(s.id(), s.name(), s.position(), s.phone(), s.userId(), s.active(),
                    s.qualifications().stream().map(q -> new QualificationView(q.name(), q.certificateNo(), q.validUntil()))
                            .sorted(java.util.Comparator.comparing(QualificationView::name)).toList(),
                    s.projects().stream().map(p -> new ProjectRef(p.id(), p.name()))
                            .sorted(java.util.Comparator.comparing(ProjectRef::name)).toList());
        }
    }

    /** A qualification. */
    public record QualificationView(String name, String certificateNo, LocalDate validUntil) {
    }

    /** Staffing of a project (R5.1d). */
    public record Staffing(long projectId, String projectName, long residents, long staff, BigDecimal ratio, int limit,
                           boolean overLimit) {
    }

    static ProjectRef ref(Project p) {
        return new ProjectRef(p.id(), p.name());
    }
}
