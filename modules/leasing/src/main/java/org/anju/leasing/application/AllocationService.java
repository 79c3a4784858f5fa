package org.anju.leasing.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.SpreadsheetReader;
import org.anju.kernel.api.SpreadsheetWriter;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.Relation;
import org.anju.leasing.infrastructure.LeasingStore;

/**
 * Allocation (配租, R6.2a1): the authority's allocation result — household, unit, rent category, rent — imported from a
 * spreadsheet or sent as JSON. Every row is checked first; one bad row rejects the whole file with every error listed
 * (nothing written). Each row finds or creates its household (by number, else by the applicant's ID number) and
 * becomes a lease draft on a unit pending allocation.
 */
@ApplicationScoped
@Transactional
public class AllocationService {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 5000;

    /** The template's columns, in order: header (a * marks a required one) → JSON property. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"家庭编号", "householdNumber"},
            new String[] {"申请人姓名*", "applicantName"},
            new String[] {"证件类型", "idType"},
            new String[] {"证件号码*", "idNumber"},
            new String[] {"手机号*", "phone"},
            new String[] {"保障类别*", "eligibilityCategory"},
            new String[] {"项目名称*", "projectName"},
            new String[] {"楼栋*", "buildingName"},
            new String[] {"房号*", "roomNumber"},
            new String[] {"租金类别", "rentCategory"},
            new String[] {"月租金*", "monthlyRent"},
            new String[] {"押金*", "deposit"},
            new String[] {"起租日期*", "startDate"},
            new String[] {"合同类型", "leaseTypeCode"});

    private static final Pattern MONEY = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})[/.年-](\\d{1,2})[/.月-](\\d{1,2})日?");

    /** A row with its number as the user sees it (file row, or position in the JSON list from 1). */
    record Numbered(int row, Commands.AllocationRow data) {
    }

    /** A checked row, ready to write. */
    private record Checked(int row, Household household, Commands.AllocationRow data, UnitSummary unit, IdType idType,
                           String idNumber, String phone, EligibilityCategory category, BigDecimal rent,
                           BigDecimal deposit, LocalDate start, String typeCode) {
    }

    @Inject
    LeasingStore store;

    @Inject
    UnitDirectory units;

    @Inject
    LeaseService leases;

    @Inject
    HouseholdService households;

    @Inject
    MemberData data;

    @Inject
    SpreadsheetReader reader;

    @Inject
    SpreadsheetWriter writer;

    public Views.AllocationResult fromJson(Commands.AllocationInput in, Locale locale) {
        List<Numbered> rows = new ArrayList<>();
        for (int i = 0; i < in.rows().size(); i++) {
            rows.add(new Numbered(i + 1, in.rows().get(i)));
        }
        return allocate(rows, Boolean.TRUE.equals(in.dryRun()), "API", locale);
    }

    public Views.AllocationResult fromFile(InputStream body, String fileName, boolean dryRun, Locale locale)
            throws IOException {
        Path file = Files.createTempFile("anju-allocation-", ".upload");
        try {
            try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
                long n = in.transferTo(out);
                if (n > MAX_BYTES) {
                    throw new ProblemException(413, "import-too-large", MAX_BYTES / 1024 / 1024);
                }
            }
            List<Numbered> rows = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Map<String, Integer>[] header = new Map[1];
            boolean[] tooMany = {false};
            try {
                reader.read(file, (sheet, rowNumber, cells) -> {
                    if (header[0] == null) {
                        Map<String, Integer> h = headerOf(cells);
                        if (h.containsKey("idNumber") && h.containsKey("roomNumber")) {
                            header[0] = h;
                        }
                        return true;
                    }
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        return true;
                    }
                    if (rows.size() >= MAX_ROWS) {
                        tooMany[0] = true;
                        return false;
                    }
                    rows.add(new Numbered(rowNumber, row(header[0], cells)));
                    return true;
                });
            } catch (SpreadsheetReader.UnreadableFileException e) {
                throw ProblemException.invalid("file", e.messageKey());
            }
            if (tooMany[0]) {
                throw ProblemException.invalid("file", "leasing.allocation.tooManyRows", MAX_ROWS);
            }
            if (header[0] == null) {
                throw ProblemException.invalid("file", "leasing.allocation.header");
            }
            if (rows.isEmpty()) {
                throw ProblemException.invalid("file", "leasing.allocation.noRows");
            }
            return allocate(rows, dryRun, fileName, locale);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public void template(OutputStream out, Locale locale) throws IOException {
        List<String> headers = COLUMNS.stream().map(c -> c[0]).toList();
        List<Object> example = List.of("", "张三", "居民身份证", "33010619900101123X", "13800138000", "低收入", "阳光家园",
                "1号楼", "101", "公租房标准租金", "800.00", "1600.00", LeasingRules.today().plusDays(7).toString(), "STANDARD");
        List<List<Object>> guide = List.of(
                List.of(Messages.get(Locale.SIMPLIFIED_CHINESE, "leasing.allocation.guide.1")),
                List.of(Messages.get(Locale.SIMPLIFIED_CHINESE, "leasing.allocation.guide.2")),
                List.of(Messages.get(Locale.SIMPLIFIED_CHINESE, "leasing.allocation.guide.3")),
                List.of(Messages.get(Locale.SIMPLIFIED_CHINESE, "leasing.allocation.guide.4")));
        writer.write(out, List.of(
                SpreadsheetWriter.sheet("配租结果", headers,
                        List.of(12d, 12d, 12d, 22d, 14d, 10d, 16d, 10d, 8d, 16d, 10d, 10d, 12d, 12d), List.of(example)),
                SpreadsheetWriter.sheet("说明", List.of("说明"), List.of(100d), guide)));
    }

    Views.AllocationResult allocate(List<Numbered> rows, boolean dryRun, String source, Locale locale) {
        List<Views.RowError> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Map<Long, Integer> unitsSeen = new HashMap<>();
        Map<String, Integer> personsSeen = new HashMap<>();
        for (Numbered n : rows) {
            Checked c = check(n, errors, unitsSeen, personsSeen, locale);
            if (c != null) {
                checked.add(c);
            }
        }
        if (!errors.isEmpty()) {
            if (dryRun) {
                return new Views.AllocationResult(true, rows.size(), List.of(), errors);
            }
            List<Map<String, Object>> list = new ArrayList<>();
            for (Views.RowError e : errors) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", e.row());
                m.put("field", e.field());
                m.put("message", e.message());
                list.add(m);
            }
            throw new ProblemException(400, "allocation-rejected", errors.size()).with("errors", list);
        }
        if (dryRun) {
            return new Views.AllocationResult(true, rows.size(), List.of(), List.of());
        }
        List<Views.AllocationCreated> created = new ArrayList<>();
        for (Checked c : checked) {
            Household h = c.household() != null ? c.household() : newHousehold(c);
            Lease l;
            try {
                l = leases.draftLease(new Commands.LeaseInput(h.id(), c.unit().id(), c.typeCode(), c.start(), null,
                        c.rent(), c.deposit(), LeasingRules.trim(c.data().rentCategory()), null),
                        "配租导入 " + source + " 第 " + c.row() + " 行");
            } catch (ProblemException e) {
                throw e.with("row", c.row());
            }
            created.add(new Views.AllocationCreated(c.row(), h.id(), h.number(), l.id(), l.number(), l.unitLabel()));
        }
        return new Views.AllocationResult(false, rows.size(), created, List.of());
    }

    private Household newHousehold(Checked c) {
        Commands.HouseholdInput in = new Commands.HouseholdInput(c.category(), null, null, false, false, false,
                "配租导入", List.of(new Commands.MemberInput(null, Relation.SELF, c.data().applicantName().trim(), c.idType(),
                c.idNumber(), c.phone(), null, null, true)), null);
        long id = households.create(in).id();
        return store.household(id).orElseThrow();
    }

    private Checked check(Numbered n, List<Views.RowError> errors, Map<Long, Integer> unitsSeen,
                          Map<String, Integer> personsSeen, Locale locale) {
        Commands.AllocationRow r = n.data();
        int before = errors.size();
        java.util.function.BiConsumer<String, String[]> err = (field, keyAndArgs) -> errors.add(new Views.RowError(
                n.row(), field, Messages.get(locale, keyAndArgs[0], (Object[]) java.util.Arrays.copyOfRange(keyAndArgs, 1,
                        keyAndArgs.length))));
        String name = LeasingRules.trim(r.applicantName());
        if (name == null) {
            err.accept("applicantName", new String[] {"validation.required"});
        }
        IdType idType = r.idType() == null ? IdType.RESIDENT_ID : r.idType();
        String id = MemberData.normalizeId(LeasingRules.trim(r.idNumber()));
        String idProblem = MemberData.idProblem(idType, id);
        if (idProblem != null) {
            err.accept("idNumber", new String[] {idProblem});
        }
        String phone = MemberData.normalizePhone(LeasingRules.trim(r.phone()));
        if (phone == null) {
            err.accept("phone", new String[] {"validation.required"});
        } else if (!MemberData.mobile(phone)) {
            err.accept("phone", new String[] {"leasing.validation.applicant.phone"});
        }
        EligibilityCategory category = LeasingRules.category(r.eligibilityCategory());
        if (category == null) {
            err.accept("eligibilityCategory", new String[] {"leasing.validation.category", String.valueOf(
                    r.eligibilityCategory() == null ? "" : r.eligibilityCategory())});
        }
        BigDecimal rent = money(r.monthlyRent());
        if (rent == null) {
            err.accept("monthlyRent", new String[] {"leasing.validation.money", nz(r.monthlyRent())});
        }
        BigDecimal deposit = money(r.deposit());
        if (deposit == null) {
            err.accept("deposit", new String[] {"leasing.validation.money", nz(r.deposit())});
        }
        LocalDate start = date(r.startDate());
        if (start == null) {
            err.accept("startDate", new String[] {"leasing.validation.date", nz(r.startDate())});
        }
        String typeCode = LeasingRules.trim(r.leaseTypeCode());
        if (typeCode != null && store.leaseTypeByCode(typeCode.toUpperCase(Locale.ROOT)).filter(t -> t.active()).isEmpty()) {
            err.accept("leaseTypeCode", new String[] {"leasing.validation.leaseType.unknown", typeCode});
        }
        UnitSummary unit = null;
        if (LeasingRules.trim(r.projectName()) == null || LeasingRules.trim(r.buildingName()) == null
                || LeasingRules.trim(r.roomNumber()) == null) {
            err.accept("roomNumber", new String[] {"leasing.allocation.unit.required"});
        } else {
            unit = units.find(r.projectName().trim(), r.buildingName().trim(), r.roomNumber().trim()).orElse(null);
            if (unit == null) {
                err.accept("roomNumber", new String[] {"leasing.allocation.unit.unknown",
                        r.projectName().trim() + " " + r.buildingName().trim() + " " + r.roomNumber().trim()});
            } else if (unit.status() != UnitStatus.PENDING_ALLOCATION) {
                err.accept("roomNumber", new String[] {"leasing.allocation.unit.notPending", unit.label(),
                        Messages.get(locale, "housing.status." + unit.status().name())});
            } else if (!store.leasesOnUnit(unit.id(), LeasingStore.HOLDING, null).isEmpty()) {
                err.accept("roomNumber", new String[] {"leasing.allocation.unit.leased", unit.label()});
            } else {
                Integer first = unitsSeen.putIfAbsent(unit.id(), n.row());
                if (first != null) {
                    err.accept("roomNumber", new String[] {"leasing.allocation.duplicate", String.valueOf(first)});
                }
            }
        }
        Household household = null;
        String number = LeasingRules.trim(r.householdNumber());
        if (number != null) {
            household = store.householdByNumber(number).orElse(null);
            if (household == null) {
                err.accept("householdNumber", new String[] {"leasing.allocation.household.unknown", number});
            }
        } else if (idProblem == null) {
            List<HouseholdMember> found = store.membersByIdIndex(data.idIndex(id));
            if (!found.isEmpty()) {
                HouseholdMember m = found.get(0);
                if (!m.applicant()) {
                    err.accept("idNumber", new String[] {"leasing.allocation.member.notApplicant",
                            m.household().number()});
                } else {
                    household = m.household();
                }
            }
        }
        if (household != null && !store.leasesOfHousehold(household.id(), LeasingStore.HOLDING).isEmpty()) {
            err.accept("householdNumber", new String[] {"leasing.allocation.household.leased", household.number()});
        }
        if (idProblem == null) {
            Integer first = personsSeen.putIfAbsent(data.idIndex(id), n.row());
            if (first != null) {
                err.accept("idNumber", new String[] {"leasing.allocation.duplicate", String.valueOf(first)});
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Checked(n.row(), household, r, unit, idType, id, phone, category, rent, deposit, start, typeCode);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static BigDecimal money(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().replace(",", "").replace("¥", "").replace("元", "");
        return MONEY.matcher(t).matches() ? new BigDecimal(t).setScale(2) : null;
    }

    /** ISO dates, 2026/9/1, 2026.9.1, 2026年9月1日, or an Excel date serial (days since 1899-12-30). */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("\\d{5}(\\.0+)?")) {
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t.replaceAll("\\..*", "")));
            }
            Matcher m = SLASH_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static IdType idType(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        return switch (t) {
            case "居民身份证", "身份证" -> IdType.RESIDENT_ID;
            case "护照" -> IdType.PASSPORT;
            case "港澳台居民证件", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "港澳台居民居住证" -> IdType.HK_MACAO_TAIWAN;
            case "外国人永久居留身份证" -> IdType.FOREIGN_PERMANENT;
            case "其他" -> IdType.OTHER;
            default -> {
                try {
                    yield IdType.valueOf(t.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    yield IdType.OTHER;
                }
            }
        };
    }

    static Map<String, Integer> headerOf(List<String> cells) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String h = cells.get(i) == null ? "" : cells.get(i).replace("*", "").replace("＊", "").trim();
            for (String[] c : COLUMNS) {
                if (c[0].replace("*", "").equals(h) || c[1].equalsIgnoreCase(h)) {
                    out.put(c[1], i);
                }
            }
        }
        return out;
    }

    static Commands.AllocationRow row(Map<String, Integer> header, List<String> cells) {
        java.util.function.Function<String, String> v = key -> {
            Integer i = header.get(key);
            return i == null || i >= cells.size() ? null : LeasingRules.trim(cells.get(i));
        };
        return new Commands.AllocationRow(v.apply("householdNumber"), v.apply("applicantName"), idType(v.apply("idType")),
                v.apply("idNumber"), v.apply("phone"), v.apply("eligibilityCategory"), v.apply("projectName"),
                v.apply("buildingName"), v.apply("roomNumber"), v.apply("rentCategory"), v.apply("monthlyRent"),
                v.apply("deposit"), v.apply("startDate"), v.apply("leaseTypeCode"));
    }
}
