package org.anju.housing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.tenancy.api.DivisionCode;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantContext;

/**
 * The field rules of the housing stock, shared by the API and the import so both say the same thing: each check
 * answers the message key of the rule broken, or null. Messages are in {@code i18n/messages_*.properties}.
 */
@ApplicationScoped
public class HousingRules {

    public static final BigDecimal MAX_AREA = new BigDecimal("10000");
    public static final int MAX_FLOORS = 200;
    public static final int LOWEST_FLOOR = -5;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    OrganizationDirectory organizations;

    /** A GB/T 2260 code inside the operator's served divisions. */
    public String divisionCode(String code) {
        if (code == null || code.isBlank()) {
            return "validation.required";
        }
        if (!DivisionCode.isValid(code.trim())) {
            return "housing.validation.division";
        }
        Set<String> served = organizations.byCode(TenantContext.require().organizationCode())
                .map(OrganizationRef::divisionCodes).orElse(Set.of());
        if (!served.isEmpty() && served.stream().noneMatch(s -> DivisionCode.covers(s, code.trim()))) {
            return "housing.validation.division.outside";
        }
        return null;
    }

    public static String area(BigDecimal area) {
        if (area == null) {
            return "validation.required";
        }
        if (area.signum() <= 0 || area.compareTo(MAX_AREA) > 0) {
            return "housing.validation.area";
        }
        if (area.stripTrailingZeros().scale() > 2) {
            return "housing.validation.area.decimals";
        }
        return null;
    }

    public static String floors(Integer floors) {
        if (floors == null) {
            return "validation.required";
        }
        return floors < 1 || floors > MAX_FLOORS ? "housing.validation.floors" : null;
    }

    /** A unit's floor within its building: not zero, from the lowest basement to the top floor. */
    public static String floor(Integer floor, int buildingFloors) {
        if (floor == null) {
            return "validation.required";
        }
        return floor == 0 || floor < LOWEST_FLOOR || floor > buildingFloors ? "housing.validation.floor" : null;
    }

    public static String yearBuilt(Integer year) {
        if (year == null) {
            return null;
        }
        return year < 1900 || year > LocalDate.now(SHANGHAI).getYear() ? "housing.validation.year" : null;
    }

    public static String text(String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? "validation.required" : null;
        }
        return value.trim().length() > max ? "housing.validation.length" : null;
    }

    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
