package org.anju.housing.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.housing.api.UnitStatus;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.Qualification;
import org.anju.housing.domain.ServiceWindow;
import org.anju.housing.domain.Unit;

/** Request bodies of the housing API; shape checks here, rules that need the registry or the stock in the services. */
public final class HousingRequests {

    private HousingRequests() {
    }

    /** A project. */
    public record ProjectRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 6) String divisionCode,
            @Size(max = 200) String propertyCompany,
            @Size(max = 100) String managerName,
            @Size(max = 30) String managerPhone,
            @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude,
            @Valid ServiceWindowRequest serviceWindow,
            @Size(max = 500) String reason) {

        Project.ProjectDetails details() {
            return new Project.ProjectDetails(name, address, divisionCode, propertyCompany, managerName, managerPhone,
                    latitude, longitude);
        }
    }

    /** A service window (R5.1c). */
    public record ServiceWindowRequest(
            @Size(max = 5000) String applicationProcess,
            @Size(max = 5000) String howToApply,
            @Size(max = 5000) String requiredMaterials,
            @Size(max = 50) String hotline,
            @Size(max = 200) String officeHours,
            @Size(max = 300) String serviceAddress,
            @Size(max = 500) String reason) {

        ServiceWindow window() {
            return new ServiceWindow(blank(applicationProcess), blank(howToApply), blank(requiredMaterials), blank(hotline),
                    blank(officeHours), blank(serviceAddress));
        }
    }

    /** A building. */
    public record BuildingRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull @Min(1) @Max(200) Integer floors,
            Boolean hasElevator,
            @Min(1900) @Max(2100) Integer yearBuilt,
            @Size(max = 500) String reason) {
    }

    /** A unit. */
    public record UnitRequest(
            Long buildingId,
            @NotBlank @Size(max = 20) String roomNumber,
            @NotNull @Min(-5) @Max(200) Integer floor,
            @NotBlank @Size(max = 30) String layout,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal area,
            @Size(max = 10) String orientation,
            @Size(max = 100) String propertyRegistrationNo,
            @Size(max = 200) String owningAuthority,
            @Size(max = 50) String rentStandardRef,
            @Size(max = 100) String managerName,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> devices,
            UnitStatus status,
            @Size(max = 500) String reason) {

        Unit.UnitDetails details() {
            return new Unit.UnitDetails(roomNumber, floor, layout, area, orientation, propertyRegistrationNo,
                    owningAuthority, rentStandardRef, managerName, devices);
        }
    }

    /** A status change: where to, and why. */
    public record StatusRequest(@NotNull UnitStatus status, @NotBlank @Size(max = 500) String reason) {
    }

    /** A staff member of the roster. */
    public record StaffRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 100) String position,
            @Size(max = 30) String phone,
            Long userId,
            Boolean active,
            @Size(max = 20) List<@Valid QualificationRequest> qualifications,
            @Size(max = 200) List<@NotNull Long> projectIds) {
    }

    /** A qualification. */
    public record QualificationRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String certificateNo,
                                       LocalDate validUntil) {
        Qualification qualification() {
            return new Qualification(name.trim(), blank(certificateNo), validUntil);
        }
    }

    /** Housing settings. */
    public record SettingsRequest(@NotNull @Min(1) @Max(100000) Integer residentsPerStaffLimit) {
    }

    /** How to write the file of a dry run. */
    public record CommitRequest(@NotNull org.anju.housing.domain.ImportJob.Mode mode) {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
