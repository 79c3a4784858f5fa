package org.anju.devices.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.MeterSeries;
import org.anju.devices.infrastructure.MeterStore;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.SpreadsheetWriter;

/**
 * What the meters say, for the unit page (R6.1d), dashboards and the vacant-unit check (R7.3c): each meter's last
 * reading, a unit's readings and days, and one day of a whole project (every unit, with or without readings) on
 * screen and in Excel. Days are Asia/Shanghai days of the meters' clocks.
 */
@ApplicationScoped
@Transactional
public class MeterReports {

    static final int MAX_DAYS = 366;

    @Inject
    MeterStore meters;

    @Inject
    UnitDirectory units;

    @Inject
    SpreadsheetWriter spreadsheets;

    public OpcUaViews.UnitMetersView unitMeters(long unitId) {
        UnitSummary u = unit(unitId);
        List<OpcUaViews.CurrentMeter> list = meters.states(unitId).stream()
                .map(s -> new OpcUaViews.CurrentMeter(s.kind().name(), s.value(), s.kind().unitSymbol(),
                        s.sourceTime(), s.receivedAt(), s.flag().name(), s.source(), s.nodeId()))
                .toList();
        return new OpcUaViews.UnitMetersView(u.id(), u.label(), list);
    }

    public Page<OpcUaViews.ReadingView> readings(long unitId, MeterKind kind, LocalDate from, LocalDate to,
                                                 boolean flaggedOnly, PageRequest page) {
        unit(unitId);
        checkRange(from, to, Integer.MAX_VALUE);
        Instant start = from == null ? null : from.atStartOfDay(MeterSeries.ZONE).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(MeterSeries.ZONE).toInstant();
        return meters.readings(unitId, kind, start, end, flaggedOnly, page)
                .map(r -> new OpcUaViews.ReadingView(r.unitId(), r.kind().name(), r.value(), r.delta(),
                        r.flag().name(), r.sourceTime(), r.serverTime(), r.receivedAt(), r.source(), r.nodeId()));
    }

    public List<OpcUaViews.DailyView> daily(long unitId, MeterKind kind, LocalDate from, LocalDate to) {
        unit(unitId);
        LocalDate end = to != null ? to : LocalDate.now(MeterSeries.ZONE);
        LocalDate start = from != null ? from : end.minusDays(29);
        checkRange(start, end, MAX_DAYS);
        return meters.daily(List.of(unitId), kind, start, end).stream().map(MeterReports::dailyView).toList();
    }

    /** One day of a project: every unit by building and room, its water and electricity of that day (or null). */
    public Page<OpcUaViews.UnitDailyView> projectDaily(long projectId, LocalDate day, String q, PageRequest page) {
        List<UnitSummary> all = projectUnits(projectId, q);
        int from = Math.min(all.size(), page.offset());
        List<UnitSummary> shown = all.subList(from, Math.min(all.size(), from + page.size()));
        return new Page<>(unitDays(shown, day), all.size(), page.page(), page.size());
    }

    public void exportProjectDaily(long projectId, LocalDate day, OutputStream out, Locale locale) throws IOException {
        List<UnitSummary> all = projectUnits(projectId, null);
        boolean zh = locale == null || "zh".equals(locale.getLanguage());
        List<String> headers = zh
                ? List.of("楼栋", "房间", "用水量(m³)", "异常水量(m³)", "水表读数(m³)", "用电量(kWh)", "异常电量(kWh)",
                "电表读数(kWh)", "异常读数")
                : List.of("Building", "Room", "Water (m³)", "Flagged water (m³)", "Water reading (m³)",
                "Electricity (kWh)", "Flagged electricity (kWh)", "Electricity reading (kWh)", "Flagged readings");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1_000) {
            for (OpcUaViews.UnitDailyView v : unitDays(all.subList(i, Math.min(all.size(), i + 1_000)), day)) {
                List<Object> row = new ArrayList<>();
                row.add(v.buildingName());
                row.add(v.roomNumber());
                addAmount(row, v.water());
                addAmount(row, v.electricity());
                row.add((v.water() == null ? 0 : v.water().flags()) + (v.electricity() == null ? 0 : v.electricity().flags()));
                rows.add(row);
            }
        }
        String sheet = (zh ? "能耗日报 " : "Daily consumption ") + day;
        spreadsheets.write(out, List.of(SpreadsheetWriter.sheet(sheet, headers,
                List.of(12.0, 10.0, 14.0, 16.0, 16.0, 14.0, 18.0, 18.0, 12.0), rows)));
    }

    private static void addAmount(List<Object> row, OpcUaViews.DailyAmount a) {
        row.add(a == null ? null : a.consumption());
        row.add(a == null ? null : a.flaggedConsumption());
        row.add(a == null ? null : a.lastValue());
    }

    private List<UnitSummary> projectUnits(long projectId, String q) {
        if (!units.projectExists(projectId)) {
            throw ProblemException.notFound("meter-project-not-found", projectId);
        }
        List<UnitSummary> all = units.ofProject(projectId);
        if (q == null || q.isBlank()) {
            return all;
        }
        String needle = q.trim().toLowerCase(Locale.ROOT);
        return all.stream().filter(u -> u.buildingName().toLowerCase(Locale.ROOT).contains(needle)
                || u.roomNumber().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    private List<OpcUaViews.UnitDailyView> unitDays(List<UnitSummary> shown, LocalDate day) {
        Map<Long, Map<MeterKind, MeterStore.DailyRow>> byUnit = new HashMap<>();
        for (MeterStore.DailyRow r : meters.daily(shown.stream().map(UnitSummary::id).toList(), null, day, day)) {
            byUnit.computeIfAbsent(r.unitId(), u -> new HashMap<>()).put(r.kind(), r);
        }
        List<OpcUaViews.UnitDailyView> out = new ArrayList<>(shown.size());
        for (UnitSummary u : shown) {
            Map<MeterKind, MeterStore.DailyRow> m = byUnit.getOrDefault(u.id(), Map.of());
            out.add(new OpcUaViews.UnitDailyView(u.id(), u.label(), u.buildingName(), u.roomNumber(),
                    amount(m.get(MeterKind.WATER)), amount(m.get(MeterKind.ELECTRICITY))));
        }
        return out;
    }

    private static OpcUaViews.DailyAmount amount(MeterStore.DailyRow r) {
        return r == null ? null : new OpcUaViews.DailyAmount(r.consumption(), r.flaggedConsumption(), r.flags(),
                r.lastValue(), r.lastAt());
    }

    private static OpcUaViews.DailyView dailyView(MeterStore.DailyRow r) {
        return new OpcUaViews.DailyView(r.day(), r.kind().name(), r.firstValue(), r.firstAt(), r.lastValue(),
                r.lastAt(), r.consumption(), r.flaggedConsumption(), r.readings(), r.flags());
    }

    private static void checkRange(LocalDate from, LocalDate to, int maxDays) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw ProblemException.invalid("to", "meter.validation.range.order");
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
                throw ProblemException.invalid("to", "meter.validation.range.long", maxDays);
            }
        }
    }

    private UnitSummary unit(long unitId) {
        return units.find(unitId).orElseThrow(() -> ProblemException.notFound("meter-unit-not-found", unitId));
    }
}
