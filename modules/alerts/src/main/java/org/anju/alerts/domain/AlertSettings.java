package org.anju.alerts.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.anju.kernel.api.ProblemException;

/**
 * The operator's thresholds (one row per organization; every rule reads them at evaluation time, so a change applies
 * to the next pass, which an operator can run at once). Defaults are what a housing office would start with; bad
 * values are refused field by field, and the escalation schedule must keep higher severities faster.
 *
 * @param expiryOffsetsDays          days before a lease's end at which the expiry alert opens and then rises (60/30/7)
 * @param arrearsDays                arrears older than this many days raise an alert …
 * @param arrearsAmount              … and so does an overdue amount of at least this much (CNY)
 * @param nobodyLivingDays           an occupied unit without a door opening this long is 无人居住
 * @param consumptionWindowDays      the recent days whose water and electricity say whether anybody is there
 * @param nearZeroWaterM3            water over that window at or below this is "near zero" (stronger severity)
 * @param nearZeroElectricityKwh     electricity likewise
 * @param welfareHours               a special-group household's door not opened this long raises a welfare alert
 * @param welfareGroups              which flags call for the watch: ELDERLY_ALONE, DISABLED, SERIOUS_ILLNESS
 * @param subletWindowDays           the window of door openings the sublet rule looks at
 * @param subletMinOpenings          fewer openings than this in the window say nothing
 * @param subletOthersShare          share (0–1) of openings by credentials that are not the household's
 * @param subletOwnUnusedWeeks       the household's own credentials unused this long while the door is active
 * @param groupWindowDays            the window of the group-renting rule
 * @param groupCredentialsPerMember  distinct credentials entering per registered member that is "well above"
 * @param groupMinDistinct           and never fewer distinct credentials than this
 * @param groupWaterPerPersonDailyM3 water per registered person per day above this is "far above normal"
 * @param vacantWaterM3              water on a VACANT unit over the last day above this is abnormal
 * @param vacantElectricityKwh       electricity likewise
 * @param escalationHoursCritical    hours per escalation level of a CRITICAL alert (and of welfare alerts)
 * @param escalationHoursHigh        HIGH
 * @param escalationHoursMedium      MEDIUM
 * @param escalationHoursLow         LOW
 * @param escalationLevels           levels before an unresolved alert past its deadline goes to the authority
 * @param routes                     who is told of which alerts (type or *, project or any, role codes)
 */
public record AlertSettings(List<Integer> expiryOffsetsDays, Integer arrearsDays, BigDecimal arrearsAmount,
                            Integer nobodyLivingDays, Integer consumptionWindowDays, BigDecimal nearZeroWaterM3,
                            BigDecimal nearZeroElectricityKwh, Integer welfareHours, List<String> welfareGroups,
                            Integer subletWindowDays, Integer subletMinOpenings, BigDecimal subletOthersShare,
                            Integer subletOwnUnusedWeeks, Integer groupWindowDays, BigDecimal groupCredentialsPerMember,
                            Integer groupMinDistinct, BigDecimal groupWaterPerPersonDailyM3, BigDecimal vacantWaterM3,
                            BigDecimal vacantElectricityKwh, Integer escalationHoursCritical, Integer escalationHoursHigh,
                            Integer escalationHoursMedium, Integer escalationHoursLow, Integer escalationLevels,
                            List<Route> routes) {

    public static final Set<String> WELFARE_GROUPS = Set.of("ELDERLY_ALONE", "DISABLED", "SERIOUS_ILLNESS");

    /** Who hears of alerts: {@code type} an AlertType name or {@code *}; {@code projectId} null for every project. */
    public record Route(String type, Long projectId, List<String> roles) {
    }

    public static AlertSettings defaults() {
        return new AlertSettings(List.of(60, 30, 7), 30, new BigDecimal("3000.00"), 30, 7, new BigDecimal("0.5"),
                new BigDecimal("3.0"), 48, List.of("ELDERLY_ALONE"), 28, 10, new BigDecimal("0.60"), 4, 7,
                new BigDecimal("2.0"), 6, new BigDecimal("0.40"), new BigDecimal("0.5"), new BigDecimal("3.0"),
                2, 8, 24, 72, 3, defaultRoutes());
    }

    /** Every alert reaches the organization's administrators; each kind also reaches the officers who act on it. */
    public static List<Route> defaultRoutes() {
        return List.of(new Route("*", null, List.of("org_admin")),
                new Route("CONTRACT_EXPIRY", null, List.of("leasing_officer")),
                new Route("ARREARS", null, List.of("finance_officer", "leasing_officer")),
                new Route("NOBODY_LIVING", null, List.of("housing_manager", "leasing_officer")),
                new Route("WELFARE", null, List.of("housing_manager", "leasing_officer")),
                new Route("SUBLET", null, List.of("housing_manager", "leasing_officer")),
                new Route("GROUP_RENTING", null, List.of("housing_manager", "leasing_officer")),
                new Route("VACANT_USE", null, List.of("housing_manager")),
                new Route("DEVICE_OFFLINE", null, List.of("device_officer")),
                new Route("DEVICE_TAMPER", null, List.of("device_officer", "housing_manager")),
                new Route("DEVICE_LOW_BATTERY", null, List.of("device_officer")));
    }

    /** Fills what a partial document left out from the defaults (an older row keeps working after a new field). */
    public AlertSettings withDefaults() {
        AlertSettings d = defaults();
        return new AlertSettings(or(expiryOffsetsDays, d.expiryOffsetsDays), or(arrearsDays, d.arrearsDays),
                or(arrearsAmount, d.arrearsAmount), or(nobodyLivingDays, d.nobodyLivingDays),
                or(consumptionWindowDays, d.consumptionWindowDays), or(nearZeroWaterM3, d.nearZeroWaterM3),
                or(nearZeroElectricityKwh, d.nearZeroElectricityKwh), or(welfareHours, d.welfareHours),
                or(welfareGroups, d.welfareGroups), or(subletWindowDays, d.subletWindowDays),
                or(subletMinOpenings, d.subletMinOpenings), or(subletOthersShare, d.subletOthersShare),
                or(subletOwnUnusedWeeks, d.subletOwnUnusedWeeks), or(groupWindowDays, d.groupWindowDays),
                or(groupCredentialsPerMember, d.groupCredentialsPerMember), or(groupMinDistinct, d.groupMinDistinct),
                or(groupWaterPerPersonDailyM3, d.groupWaterPerPersonDailyM3), or(vacantWaterM3, d.vacantWaterM3),
                or(vacantElectricityKwh, d.vacantElectricityKwh), or(escalationHoursCritical, d.escalationHoursCritical),
                or(escalationHoursHigh, d.escalationHoursHigh), or(escalationHoursMedium, d.escalationHoursMedium),
                or(escalationHoursLow, d.escalationHoursLow), or(escalationLevels, d.escalationLevels),
                or(routes, d.routes));
    }

    private static <T> T or(T v, T d) {
        return v == null ? d : v;
    }

    /** Refuses bad values, every bad field at once (400 naming each). Call on {@link #withDefaults()}'s result. */
    public void validate() {
        ProblemException.Violations v = new ProblemException.Violations();
        if (expiryOffsetsDays.isEmpty() || expiryOffsetsDays.size() > 6) {
            v.add("expiryOffsetsDays", "alerts.validation.offsets");
        } else {
            for (int i = 0; i < expiryOffsetsDays.size(); i++) {
                Integer d = expiryOffsetsDays.get(i);
                if (d == null || d < 1 || d > 365) {
                    v.add("expiryOffsetsDays[" + i + "]", "alerts.validation.range", 1, 365);
                }
            }
            if (expiryOffsetsDays.stream().distinct().count() != expiryOffsetsDays.size()) {
                v.add("expiryOffsetsDays", "alerts.validation.offsets");
            }
        }
        range(v, "arrearsDays", arrearsDays, 1, 365);
        money(v, "arrearsAmount", arrearsAmount, "0.01", "1000000");
        range(v, "nobodyLivingDays", nobodyLivingDays, 3, 365);
        range(v, "consumptionWindowDays", consumptionWindowDays, 1, 60);
        money(v, "nearZeroWaterM3", nearZeroWaterM3, "0", "100");
        money(v, "nearZeroElectricityKwh", nearZeroElectricityKwh, "0", "1000");
        range(v, "welfareHours", welfareHours, 6, 24 * 14);
        for (int i = 0; i < welfareGroups.size(); i++) {
            if (!WELFARE_GROUPS.contains(welfareGroups.get(i))) {
                v.add("welfareGroups[" + i + "]", "alerts.validation.welfareGroup");
            }
        }
        range(v, "subletWindowDays", subletWindowDays, 7, 90);
        range(v, "subletMinOpenings", subletMinOpenings, 1, 1000);
        money(v, "subletOthersShare", subletOthersShare, "0.1", "1");
        range(v, "subletOwnUnusedWeeks", subletOwnUnusedWeeks, 1, 12);
        range(v, "groupWindowDays", groupWindowDays, 1, 60);
        money(v, "groupCredentialsPerMember", groupCredentialsPerMember, "1", "20");
        range(v, "groupMinDistinct", groupMinDistinct, 2, 200);
        money(v, "groupWaterPerPersonDailyM3", groupWaterPerPersonDailyM3, "0.05", "10");
        money(v, "vacantWaterM3", vacantWaterM3, "0", "100");
        money(v, "vacantElectricityKwh", vacantElectricityKwh, "0", "1000");
        range(v, "escalationHoursCritical", escalationHoursCritical, 1, 24 * 30);
        range(v, "escalationHoursHigh", escalationHoursHigh, 1, 24 * 30);
        range(v, "escalationHoursMedium", escalationHoursMedium, 1, 24 * 30);
        range(v, "escalationHoursLow", escalationHoursLow, 1, 24 * 30);
        range(v, "escalationLevels", escalationLevels, 1, 5);
        if (v.isEmpty() && !(escalationHoursCritical <= escalationHoursHigh && escalationHoursHigh <= escalationHoursMedium
                && escalationHoursMedium <= escalationHoursLow)) {
            v.add("escalationHoursHigh", "alerts.validation.escalationOrder");
        }
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (r == null || r.type() == null || !(r.type().equals("*") || isType(r.type()))) {
                v.add("routes[" + i + "].type", "alerts.validation.routeType");
            } else if (r.roles() == null || r.roles().isEmpty() || r.roles().stream()
                    .anyMatch(x -> x == null || !x.matches("[a-z][a-z0-9_]{1,39}"))) {
                v.add("routes[" + i + "].roles", "alerts.validation.routeRoles");
            }
        }
        v.throwIfAny();
    }

    private static boolean isType(String t) {
        for (AlertType a : AlertType.values()) {
            if (a.name().equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static void range(ProblemException.Violations v, String field, Integer value, int min, int max) {
        if (value < min || value > max) {
            v.add(field, "alerts.validation.range", min, max);
        }
    }

    private static void money(ProblemException.Violations v, String field, BigDecimal value, String min, String max) {
        if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
            v.add(field, "alerts.validation.range", min, max);
        }
    }

    /** The offsets, largest first (the first offset an expiry reaches opens the alert; each later one raises it). */
    public List<Integer> offsetsDescending() {
        List<Integer> o = new ArrayList<>(expiryOffsetsDays);
        o.sort(java.util.Comparator.reverseOrder());
        return o;
    }

    /** Hours of one escalation level: welfare alerts always take the fastest schedule. */
    public int escalationHours(AlertType type, Severity severity) {
        if (type == AlertType.WELFARE) {
            return escalationHoursCritical;
        }
        return switch (severity) {
            case CRITICAL -> escalationHoursCritical;
            case HIGH -> escalationHoursHigh;
            case MEDIUM -> escalationHoursMedium;
            case LOW -> escalationHoursLow;
        };
    }
}
