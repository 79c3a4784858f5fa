package org.anju.housing.application;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.housing.api.StatusSource;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitStatusChanged;
import org.anju.housing.domain.Building;
import org.anju.housing.domain.ImportJob;
import org.anju.housing.domain.Project;
import org.anju.housing.domain.ServiceWindow;
import org.anju.housing.domain.Unit;
import org.anju.housing.domain.UnitStatusChange;
import org.anju.kernel.api.SpreadsheetReader;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import of projects, buildings and units from a spreadsheet: read (streaming), check every row (reporting each
 * bad row with its sheet, row number, column and a message key), plan against what exists (natural keys: project
 * name; project + building; project + building + room), then write according to the mode:
 * <ul>
 * <li>DRY_RUN writes nothing and says what would be created, updated or left unchanged;</li>
 * <li>ALL_OR_NOTHING writes nothing if any row is bad, else everything in one transaction;</li>
 * <li>VALID_ONLY writes the good rows in transactions of {@value #CHUNK} rows.</li>
 * </ul>
 * Re-running an import changes nothing that is already so: it is idempotent. Runs inside the organization's tenant
 * scope, outside any transaction (it opens its own).
 */
@ApplicationScoped
public class HousingImporter {

    static final int CHUNK = 500;

    /** One problem with one cell (or row) of the file. */
    public record RowError(String sheet, int row, String column, String key, List<Object> args) {
    }

    /** Where an import stands, reported while it runs. */
    @FunctionalInterface
    public interface Progress {
        void report(Integer totalRows, int processedRows, int errorRows);
    }

    /** What an import did (or, for a dry run, would do). */
    public record Outcome(int totalRows, int created, int updated, int unchanged, List<RowError> errors,
                          String failureKey, List<Object> failureArgs) {
        public int errorRows() {
            return (int) errors.stream().map(e -> e.sheet() + "#" + e.row()).distinct().count();
        }
    }

    /** A file-level refusal (unreadable, empty, too large, missing columns). */
    static final class Refusal extends Exception {
        final String key;
        final List<Object> args;

        Refusal(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = List.of(args);
        }
    }

    @Inject
    SpreadsheetReader reader;

    @Inject
    HousingRules rules;

    @Inject
    Transactions transactions;

    @Inject
    Event<UnitStatusChanged> events;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "anju.import.max-rows", defaultValue = "200000")
    int maxRows;

    // ---- parsed rows

    record ProjectRow(int row, String name, String address, String divisionCode, String propertyCompany,
                      String managerName, String managerPhone, String hotline, String officeHours) {
    }

    record BuildingRow(int row, String project, String name, Integer floors, boolean hasElevator, Integer yearBuilt) {
    }

    record UnitRow(int row, String project, String building, String room, Integer floor, String layout, BigDecimal area,
                   String orientation, String propertyRegistrationNo, String owningAuthority, String rentStandardRef,
                   String managerName, UnitStatus status) {
    }

    /** What exists of a unit, enough to compare. */
    record ExistingUnit(long id, String project, String building, String room, int floor, String layout,
                        BigDecimal area, String orientation, String propertyRegistrationNo, String owningAuthority,
                        String rentStandardRef, String managerName, UnitStatus status) {
    }

    /** The rows of a file, by kind, with the errors found while reading them. */
    static final class Parsed {
        final List<ProjectRow> projects = new ArrayList<>();
        final List<BuildingRow> buildings = new ArrayList<>();
        final List<UnitRow> units = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
        final Set<String> badRows = new HashSet<>();
        final Map<HousingSheets.Kind, String> sheetNames = new LinkedHashMap<>(); // file order
        int dataRows;

        String sheet(HousingSheets.Kind kind) {
            return sheetNames.getOrDefault(kind, kind.sheet());
        }

        void error(String sheet, int row, String column, String key, Object... args) {
            errors.add(new RowError(sheet, row, column, key, List.of(args)));
            badRows.add(sheet + "#" + row);
        }

        boolean bad(String sheet, int row) {
            return badRows.contains(sheet + "#" + row);
        }
    }

    /** Errors in reading order: sheet (as they appear in the file), then row. */
    static List<RowError> sorted(Parsed p) {
        List<String> sheetOrder = new ArrayList<>(p.sheetNames.values());
        List<RowError> out = new ArrayList<>(p.errors);
        out.sort(java.util.Comparator.comparingInt((RowError e) -> sheetOrder.indexOf(e.sheet()))
                .thenComparingInt(RowError::row));
        return out;
    }

    public Outcome run(Path file, ImportJob.Mode mode, Progress progress) {
        Parsed parsed;
        try {
            parsed = parse(file, progress);
        } catch (Refusal r) {
            return new Outcome(0, 0, 0, 0, List.of(), r.key, r.args);
        }
        if (parsed.dataRows == 0) {
            return new Outcome(0, 0, 0, 0, List.of(), "housing.import.file.noRows", List.of());
        }
        progress.report(parsed.dataRows, 0, parsed.badRows.size());
        Plan plan = transactions.inNew(() -> plan(parsed));
        progress.report(parsed.dataRows, parsed.dataRows / 10, parsed.badRows.size());
        if (mode == ImportJob.Mode.DRY_RUN) {
            return new Outcome(parsed.dataRows, plan.creates(), plan.updates(), plan.unchanged(), sorted(parsed), null, List.of());
        }
        if (mode == ImportJob.Mode.ALL_OR_NOTHING && !parsed.errors.isEmpty()) {
            return new Outcome(parsed.dataRows, 0, 0, 0, sorted(parsed), "housing.import.allOrNothing.refused",
                    List.of(parsed.badRows.size()));
        }
        int[] counts = apply(plan, parsed, mode, progress);
        return new Outcome(parsed.dataRows, counts[0], counts[1], counts[2], sorted(parsed), null, List.of());
    }

    // ---- reading

    Parsed parse(Path file, Progress progress) throws Refusal {
        Parsed p = new Parsed();
        Map<String, SheetState> sheets = new LinkedHashMap<>();
        Refusal[] refusal = new Refusal[1];
        try {
            reader.read(file, (sheetName, rowNumber, cells) -> {
                SheetState s = sheets.computeIfAbsent(sheetName, n -> new SheetState(n));
                if (s.skip || blank(cells)) {
                    return true;
                }
                if (s.kind == null) {
                    if (HousingSheets.GUIDE_SHEET.equals(sheetName)) {
                        s.skip = true;
                        return true;
                    }
                    HousingSheets.Kind kind = HousingSheets.Kind.bySheetName(sheetName);
                    HousingSheets.Kind byHeaders = HousingSheets.Kind.byHeaders(cells);
                    if (kind == null) {
                        kind = byHeaders;
                    }
                    if (kind == null) {
                        if (sheetName.isEmpty()) {
                            refusal[0] = new Refusal("housing.import.file.unknownHeader");
                            return false;
                        }
                        s.skip = true; // a sheet of the user's own: leave it alone
                        return true;
                    }
                    s.kind = kind;
                    s.displayName = sheetName.isEmpty() ? kind.sheet() : sheetName;
                    p.sheetNames.putIfAbsent(kind, s.displayName);
                    s.columns = columns(kind, cells);
                    for (int i = 0; i < kind.headers().size(); i++) {
                        if (kind.required(i) && s.columns[i] < 0) {
                            refusal[0] = new Refusal("housing.import.file.missingColumn", s.displayName, kind.column(i));
                            return false;
                        }
                    }
                    return true;
                }
                p.dataRows++;
                if (p.dataRows > maxRows) {
                    refusal[0] = new Refusal("housing.import.file.tooManyRows", maxRows);
                    return false;
                }
                read(s, rowNumber, cells, p);
                if (p.dataRows % 2000 == 0) {
                    progress.report(null, p.dataRows, p.badRows.size());
                }
                return true;
            });
        } catch (SpreadsheetReader.UnreadableFileException e) {
            throw new Refusal(e.messageKey());
        } catch (IOException e) {
            throw new Refusal("import.file.broken");
        }
        if (refusal[0] != null) {
            throw refusal[0];
        }
        return p;
    }

    private static final class SheetState {
        final String name;
        String displayName;
        HousingSheets.Kind kind;
        int[] columns;
        boolean skip;

        SheetState(String name) {
            this.name = name;
        }
    }

    private static int[] columns(HousingSheets.Kind kind, List<String> header) {
        int[] index = new int[kind.headers().size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = header.stream().map(HousingSheets::normalize).toList()
                    .indexOf(HousingSheets.normalize(kind.headers().get(i)));
        }
        return index;
    }

    private void read(SheetState s, int row, List<String> cells, Parsed p) {
        Cells c = new Cells(s, row, cells, p);
        switch (s.kind) {
            case PROJECT -> {
                String name = c.text(0, 100);
                String address = c.text(1, 300);
                String division = c.text(2, 6);
                if (division != null) {
                    String problem = rules.divisionCode(division);
                    if (problem != null) {
                        c.error(2, problem, division);
                    }
                }
                p.projects.add(new ProjectRow(row, name, address, division, c.text(3, 200), c.text(4, 100),
                        c.text(5, 30), c.text(6, 50), c.text(7, 200)));
            }
            case BUILDING -> {
                String project = c.text(0, 100);
                String name = c.text(1, 50);
                Integer floors = c.integer(2);
                if (floors != null && HousingRules.floors(floors) != null) {
                    c.error(2, HousingRules.floors(floors), HousingRules.MAX_FLOORS);
                }
                Boolean elevator = c.yesNo(3);
                Integer year = c.integer(4);
                if (year != null && HousingRules.yearBuilt(year) != null) {
                    c.error(4, HousingRules.yearBuilt(year));
                }
                p.buildings.add(new BuildingRow(row, project, name, floors, Boolean.TRUE.equals(elevator), year));
            }
            case UNIT -> {
                String project = c.text(0, 100);
                String building = c.text(1, 50);
                String room = c.text(2, 20);
                Integer floor = c.integer(3);
                String layout = c.text(4, 30);
                BigDecimal area = c.decimal(5);
                if (area != null && HousingRules.area(area) != null) {
                    c.error(5, HousingRules.area(area));
                }
                String statusText = c.text(11, 10);
                UnitStatus status = null;
                if (statusText != null) {
                    status = UnitStatus.parse(statusText);
                    if (status == null) {
                        c.error(11, "housing.import.status.unknown", statusText);
                    }
                }
                p.units.add(new UnitRow(row, project, building, room, floor, layout,
                        area == null || HousingRules.area(area) != null ? area : area.stripTrailingZeros().setScale(2),
                        c.text(6, 10), c.text(7, 100), c.text(8, 200), c.text(9, 50), c.text(10, 100), status));
            }
            default -> throw new IllegalStateException(s.kind.name());
        }
    }

    /** Reads the cells of one row, reporting problems against the row's sheet and column. */
    private static final class Cells {
        final SheetState s;
        final int row;
        final List<String> cells;
        final Parsed p;

        Cells(SheetState s, int row, List<String> cells, Parsed p) {
            this.s = s;
            this.row = row;
            this.cells = cells;
            this.p = p;
        }

        String raw(int column) {
            int i = s.columns[column];
            if (i < 0 || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i);
            return v == null || v.isBlank() ? null : v.trim();
        }

        void error(int column, String key, Object... args) {
            p.error(s.displayName, row, s.kind.column(column), key, args);
        }

        String text(int column, int max) {
            String v = raw(column);
            if (v == null) {
                if (s.kind.required(column)) {
                    error(column, "validation.required");
                }
                return null;
            }
            if (v.length() > max) {
                error(column, "housing.validation.length", max);
                return null;
            }
            return v;
        }

        Integer integer(int column) {
            String v = raw(column);
            if (v == null) {
                if (s.kind.required(column)) {
                    error(column, "validation.required");
                }
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(v);
                if (d.stripTrailingZeros().scale() > 0) {
                    error(column, "housing.import.integer", v);
                    return null;
                }
                return d.intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                error(column, "housing.import.integer", v);
                return null;
            }
        }

        BigDecimal decimal(int column) {
            String v = raw(column);
            if (v == null) {
                if (s.kind.required(column)) {
                    error(column, "validation.required");
                }
                return null;
            }
            try {
                return new BigDecimal(v.replace(",", ""));
            } catch (NumberFormatException e) {
                error(column, "housing.import.number", v);
                return null;
            }
        }

        Boolean yesNo(int column) {
            String v = raw(column);
            if (v == null) {
                return false;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "有", "是", "y", "yes", "true", "1":
                    return true;
                case "无", "否", "n", "no", "false", "0":
                    return false;
                default:
                    error(column, "housing.import.yesNo", v);
                    return null;
            }
        }
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    // ---- planning

    /** What will be written. Keys: project name; project/building; project/building/room. */
    static final class Plan {
        final Map<String, Project> existingProjects = new HashMap<>();
        final Map<String, Building> existingBuildings = new HashMap<>();
        final Map<String, ExistingUnit> existingUnits = new HashMap<>();
        final List<ProjectRow> createProjects = new ArrayList<>();
        final List<ProjectRow> updateProjects = new ArrayList<>();
        final List<BuildingRow> createBuildings = new ArrayList<>();
        final List<BuildingRow> updateBuildings = new ArrayList<>();
        final List<UnitRow> createUnits = new ArrayList<>();
        final List<UnitRow> updateUnits = new ArrayList<>();
        int unchanged;

        int creates() {
            return createProjects.size() + createBuildings.size() + createUnits.size();
        }

        int updates() {
            return updateProjects.size() + updateBuildings.size() + updateUnits.size();
        }

        int unchanged() {
            return unchanged;
        }
    }

    static String key(String... parts) {
        return String.join("\u0000", parts);
    }

    Plan plan(Parsed p) {
        Plan plan = new Plan();
        for (Project pr : em.createQuery("SELECT p FROM Project p", Project.class).getResultList()) {
            plan.existingProjects.put(pr.name(), pr);
        }
        for (Building b : em.createQuery("SELECT b FROM Building b JOIN FETCH b.project", Building.class).getResultList()) {
            plan.existingBuildings.put(key(b.project().name(), b.name()), b);
        }
        Set<String> projectNames = new HashSet<>();
        p.units.forEach(u -> projectNames.add(u.project()));
        if (!projectNames.isEmpty()) {
            List<Object[]> rows = em.createQuery("SELECT u.id, p.name, b.name, u.roomNumber, u.floor, u.layout, u.area, "
                    + "u.orientation, u.propertyRegistrationNo, u.owningAuthority, u.rentStandardRef, u.managerName, u.status "
                    + "FROM Unit u JOIN u.building b JOIN u.project p WHERE p.name IN :names", Object[].class)
                    .setParameter("names", projectNames).getResultList();
            for (Object[] r : rows) {
                ExistingUnit e = new ExistingUnit((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                        (String) r[5], (BigDecimal) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                        (String) r[11], (UnitStatus) r[12]);
                plan.existingUnits.put(key(e.project(), e.building(), e.room()), e);
            }
        }

        String projectSheet = p.sheet(HousingSheets.Kind.PROJECT);
        String buildingSheet = p.sheet(HousingSheets.Kind.BUILDING);
        String unitSheet = p.sheet(HousingSheets.Kind.UNIT);
        Map<String, Integer> highestFloors = new HashMap<>();
        plan.existingUnits.values().forEach(u -> highestFloors.merge(key(u.project(), u.building()), u.floor(), Math::max));

        Map<String, Integer> seenProjects = new HashMap<>();
        Set<String> goodProjects = new HashSet<>(plan.existingProjects.keySet());
        for (ProjectRow r : p.projects) {
            if (r.name() == null) {
                continue;
            }
            Integer first = seenProjects.putIfAbsent(r.name(), r.row());
            if (first != null) {
                p.error(projectSheet, r.row(), HousingSheets.Kind.PROJECT.column(0), "housing.import.duplicate", first);
                continue;
            }
            if (p.bad(projectSheet, r.row())) {
                goodProjects.remove(r.name());
                continue;
            }
            goodProjects.add(r.name());
            Project existing = plan.existingProjects.get(r.name());
            if (existing == null) {
                plan.createProjects.add(r);
            } else if (changed(existing, r)) {
                plan.updateProjects.add(r);
            } else {
                plan.unchanged++;
            }
        }
        Set<String> badProjectsInFile = new HashSet<>();
        p.projects.stream().filter(r -> r.name() != null && p.bad(projectSheet, r.row())).forEach(r -> badProjectsInFile.add(r.name()));

        Map<String, Integer> seenBuildings = new HashMap<>();
        Map<String, Integer> floorsOf = new HashMap<>();
        plan.existingBuildings.forEach((k, b) -> floorsOf.put(k, b.floors()));
        Set<String> goodBuildings = new HashSet<>(plan.existingBuildings.keySet());
        for (BuildingRow r : p.buildings) {
            if (r.project() == null || r.name() == null) {
                continue;
            }
            String k = key(r.project(), r.name());
            Integer first = seenBuildings.putIfAbsent(k, r.row());
            if (first != null) {
                p.error(buildingSheet, r.row(), HousingSheets.Kind.BUILDING.column(1), "housing.import.duplicate", first);
                continue;
            }
            if (!goodProjects.contains(r.project())) {
                p.error(buildingSheet, r.row(), HousingSheets.Kind.BUILDING.column(0),
                        badProjectsInFile.contains(r.project()) ? "housing.import.project.bad" : "housing.import.project.unknown",
                        r.project());
            }
            Building existing = plan.existingBuildings.get(k);
            if (existing != null && r.floors() != null) {
                int highest = highestFloors.getOrDefault(k, 0);
                if (r.floors() < highest) {
                    p.error(buildingSheet, r.row(), HousingSheets.Kind.BUILDING.column(2), "housing.validation.floors.units", highest);
                }
            }
            if (p.bad(buildingSheet, r.row())) {
                goodBuildings.remove(k);
                continue;
            }
            goodBuildings.add(k);
            floorsOf.put(k, r.floors());
            if (existing == null) {
                plan.createBuildings.add(r);
            } else if (existing.floors() != r.floors() || existing.hasElevator() != r.hasElevator()
                    || !Objects.equals(existing.yearBuilt(), r.yearBuilt())) {
                plan.updateBuildings.add(r);
            } else {
                plan.unchanged++;
            }
        }
        Set<String> badBuildingsInFile = new HashSet<>();
        p.buildings.stream().filter(r -> r.project() != null && r.name() != null && p.bad(buildingSheet, r.row()))
                .forEach(r -> badBuildingsInFile.add(key(r.project(), r.name())));

        Map<String, Integer> seenUnits = new HashMap<>();
        for (UnitRow r : p.units) {
            if (r.project() == null || r.building() == null || r.room() == null) {
                continue;
            }
            String bk = key(r.project(), r.building());
            String k = key(r.project(), r.building(), r.room());
            Integer first = seenUnits.putIfAbsent(k, r.row());
            if (first != null) {
                p.error(unitSheet, r.row(), HousingSheets.Kind.UNIT.column(2), "housing.import.duplicate", first);
                continue;
            }
            if (!goodProjects.contains(r.project())) {
                p.error(unitSheet, r.row(), HousingSheets.Kind.UNIT.column(0),
                        badProjectsInFile.contains(r.project()) ? "housing.import.project.bad" : "housing.import.project.unknown",
                        r.project());
            } else if (!goodBuildings.contains(bk)) {
                p.error(unitSheet, r.row(), HousingSheets.Kind.UNIT.column(1),
                        badBuildingsInFile.contains(bk) ? "housing.import.building.bad" : "housing.import.building.unknown",
                        r.building(), r.project());
            } else if (r.floor() != null) {
                String floor = HousingRules.floor(r.floor(), floorsOf.getOrDefault(bk, HousingRules.MAX_FLOORS));
                if (floor != null) {
                    p.error(unitSheet, r.row(), HousingSheets.Kind.UNIT.column(3), floor, HousingRules.LOWEST_FLOOR,
                            floorsOf.getOrDefault(bk, HousingRules.MAX_FLOORS));
                }
            }
            ExistingUnit existing = plan.existingUnits.get(k);
            if (existing != null && r.status() != null && r.status() != existing.status()
                    && !existing.status().canMoveTo(r.status())) {
                p.error(unitSheet, r.row(), HousingSheets.Kind.UNIT.column(11), "housing.import.status.transition",
                        existing.status().chinese(), r.status().chinese());
            }
            if (p.bad(unitSheet, r.row())) {
                continue;
            }
            if (existing == null) {
                plan.createUnits.add(r);
            } else if (changed(existing, r)) {
                plan.updateUnits.add(r);
            } else {
                plan.unchanged++;
            }
        }
        return plan;
    }

    private static boolean changed(Project e, ProjectRow r) {
        return !Objects.equals(e.address(), r.address()) || !Objects.equals(e.divisionCode(), r.divisionCode())
                || !Objects.equals(e.propertyCompany(), r.propertyCompany()) || !Objects.equals(e.managerName(), r.managerName())
                || !Objects.equals(e.managerPhone(), r.managerPhone())
                || (r.hotline() != null && !Objects.equals(e.serviceWindow().hotline(), r.hotline()))
                || (r.officeHours() != null && !Objects.equals(e.serviceWindow().officeHours(), r.officeHours()));
    }

    private static boolean changed(ExistingUnit e, UnitRow r) {
        return e.floor() != r.floor() || !Objects.equals(e.layout(), r.layout())
                || e.area().compareTo(r.area()) != 0 || !Objects.equals(e.orientation(), r.orientation())
                || !Objects.equals(e.propertyRegistrationNo(), r.propertyRegistrationNo())
                || !Objects.equals(e.owningAuthority(), r.owningAuthority())
                || !Objects.equals(e.rentStandardRef(), r.rentStandardRef())
                || !Objects.equals(e.managerName(), r.managerName())
                || (r.status() != null && r.status() != e.status());
    }

    // ---- writing

    private int[] apply(Plan plan, Parsed parsed, ImportJob.Mode mode, Progress progress) {
        int creates = plan.creates();
        int updates = plan.updates();
        List<UnitRow> units = new ArrayList<>(plan.createUnits);
        units.addAll(plan.updateUnits);
        int base = parsed.dataRows / 10;
        Runnable[] report = new Runnable[1];
        int[] written = {0};
        report[0] = () -> progress.report(parsed.dataRows,
                Math.min(parsed.dataRows, base + (int) ((long) written[0] * (parsed.dataRows - base) / Math.max(1, units.size()))),
                parsed.badRows.size());
        if (mode == ImportJob.Mode.ALL_OR_NOTHING) {
            transactions.runInNew(() -> {
                writeProjectsAndBuildings(plan);
                Map<String, Long> buildingIds = buildingIds();
                for (int from = 0; from < units.size(); from += CHUNK) {
                    List<UnitRow> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
                    writeUnits(chunk, plan, buildingIds);
                    em.flush();
                    em.clear();
                    written[0] += chunk.size();
                    report[0].run();
                }
            });
        } else {
            transactions.runInNew(() -> writeProjectsAndBuildings(plan));
            Map<String, Long> buildingIds = transactions.inNew(this::buildingIds);
            for (int from = 0; from < units.size(); from += CHUNK) {
                List<UnitRow> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
                transactions.runInNew(() -> writeUnits(chunk, plan, buildingIds));
                written[0] += chunk.size();
                report[0].run();
            }
        }
        return new int[] {creates, updates, plan.unchanged};
    }

    private void writeProjectsAndBuildings(Plan plan) {
        Instant now = Instant.now();
        Map<String, Project> projects = new HashMap<>();
        em.createQuery("SELECT p FROM Project p", Project.class).getResultList().forEach(p -> projects.put(p.name(), p));
        for (ProjectRow r : plan.createProjects) {
            Project p = new Project(details(r), now);
            p.publishServiceWindow(new ServiceWindow(null, null, null, r.hotline(), r.officeHours(), null), now);
            em.persist(p);
            projects.put(p.name(), p);
        }
        for (ProjectRow r : plan.updateProjects) {
            Project p = projects.get(r.name());
            p.change(details(r), now);
            ServiceWindow w = p.serviceWindow();
            if (r.hotline() != null || r.officeHours() != null) {
                p.publishServiceWindow(new ServiceWindow(w.applicationProcess(), w.howToApply(), w.requiredMaterials(),
                        r.hotline() != null ? r.hotline() : w.hotline(),
                        r.officeHours() != null ? r.officeHours() : w.officeHours(), w.serviceAddress()), now);
            }
        }
        Map<String, Building> buildings = new HashMap<>();
        em.createQuery("SELECT b FROM Building b JOIN FETCH b.project", Building.class).getResultList()
                .forEach(b -> buildings.put(key(b.project().name(), b.name()), b));
        for (BuildingRow r : plan.createBuildings) {
            em.persist(new Building(projects.get(r.project()), r.name(), r.floors(), r.hasElevator(), r.yearBuilt(), now));
        }
        for (BuildingRow r : plan.updateBuildings) {
            buildings.get(key(r.project(), r.name())).change(r.name(), r.floors(), r.hasElevator(), r.yearBuilt(), now);
        }
        em.flush();
    }

    private Map<String, Long> buildingIds() {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("SELECT b.id, p.name, b.name FROM Building b JOIN b.project p", Object[].class).getResultList()
                .forEach(r -> ids.put(key((String) r[1], (String) r[2]), (Long) r[0]));
        return ids;
    }

    private void writeUnits(List<UnitRow> rows, Plan plan, Map<String, Long> buildingIds) {
        Instant now = Instant.now();
        String actor = TenantContext.actor();
        Map<Long, Unit> existing = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> plan.existingUnits.get(key(r.project(), r.building(), r.room())))
                .filter(Objects::nonNull).map(ExistingUnit::id).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT u FROM Unit u WHERE u.id IN :ids", Unit.class).setParameter("ids", ids)
                    .getResultList().forEach(u -> existing.put(u.id(), u));
        }
        List<UnitStatusChanged> changes = new ArrayList<>();
        for (UnitRow r : rows) {
            ExistingUnit e = plan.existingUnits.get(key(r.project(), r.building(), r.room()));
            Unit.UnitDetails details = new Unit.UnitDetails(r.room(), r.floor(), r.layout(), r.area(), r.orientation(),
                    r.propertyRegistrationNo(), r.owningAuthority(), r.rentStandardRef(), r.managerName(), null);
            if (e == null) {
                Building b = em.getReference(Building.class, buildingIds.get(key(r.project(), r.building())));
                UnitStatus status = r.status() == null ? UnitStatus.VACANT : r.status();
                Unit u = new Unit(b, details, status, now);
                em.persist(u);
                em.persist(new UnitStatusChange(u.id(), null, status, now, actor, null, StatusSource.IMPORT));
            } else {
                Unit u = existing.get(e.id());
                u.change(new Unit.UnitDetails(details.roomNumber(), details.floor(), details.layout(), details.area(),
                        details.orientation(), details.propertyRegistrationNo(), details.owningAuthority(),
                        details.rentStandardRef(), details.managerName(), u.devices()), now);
                if (r.status() != null && r.status() != u.status()) {
                    UnitStatus from = u.moveTo(r.status(), now);
                    em.persist(new UnitStatusChange(u.id(), from, r.status(), now, actor, null, StatusSource.IMPORT));
                    changes.add(new UnitStatusChanged(TenantContext.require(), u.id(), u.project().id(), buildingIds.get(
                            key(r.project(), r.building())), from, r.status(), now, actor, null, StatusSource.IMPORT));
                }
            }
        }
        changes.forEach(events::fire);
    }

    private static Project.ProjectDetails details(ProjectRow r) {
        return new Project.ProjectDetails(r.name(), r.address(), r.divisionCode(), r.propertyCompany(), r.managerName(),
                r.managerPhone(), null, null);
    }
}
