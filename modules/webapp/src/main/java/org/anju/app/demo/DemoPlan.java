package org.anju.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.anju.simulator.model.MeterAnomaly;
import org.anju.simulator.model.Profile;
import org.anju.simulator.model.UnitLayout;

/**
 * What the demo consists of, as data: one project (安居家园), one building (1号楼) of three floors with four units each,
 * and who lives where. Pure and deterministic, so that the same plan is seeded on every fresh machine and a unit test
 * can hold it to its promises: every profile of the simulator appears once where it tells a story (a vacant unit, an
 * elderly resident living alone, a unit that looks sublet), every other unit is an ordinary household.
 *
 * <p>The personal data here is invented (valid check digits, no real person meant); the seeding sends it through the
 * household API, which seals and indexes it like any other.
 */
public final class DemoPlan {

    /** The project code of the simulator's NodeIds and device ids ({@code DEMO-P1.1.101.water}, {@code LK-DEMO-P1-1-101}). */
    public static final String NODE_PREFIX = "DEMO-P1";
    /** The simulator's building segment; {@value #BUILDING_NAME} matches it by short name (docs/api/opcua.md). */
    public static final String SIM_BUILDING = "1";
    public static final String PROJECT_NAME = "安居家园";
    public static final String PROJECT_ADDRESS = "西湖区文三路 388 号";
    public static final String DIVISION_CODE = "330106";
    public static final String BUILDING_NAME = "1号楼";
    public static final int FLOORS = 3;
    public static final int PER_FLOOR = 4;
    public static final String ENDPOINT_NAME = "安居家园 1号楼 楼宇网关(模拟)";
    /** Temporary password of the residents' accounts, changed at their first sign-in (as the portal would). */
    static final String RESIDENT_TEMPORARY_PASSWORD = "Temp@2026";
    /** The residents' password after that change; listed in the README. */
    public static final String RESIDENT_PASSWORD = "Home@2026";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** A person of a household; {@code phone} only where someone is reached (the applicant always). */
    public record Person(String relation, String name, LocalDate birthDate, String idNumber, String phone,
                         boolean applicant) {
    }

    /** A household and its lease: the lease started {@code leaseMonthsAgo} months ago on the 1st, for 36 months. */
    public record Household(String category, BigDecimal incomeMonthly, String housingSituation, boolean elderlyAlone,
                            List<Person> members, int leaseMonthsAgo, String residentUsername) {

        public Person applicant() {
            return members.stream().filter(Person::applicant).findFirst().orElseThrow();
        }
    }

    /** One unit of the building: its lock's device id, how the simulator plays it, and its household (none if vacant). */
    public record Home(String room, int floor, BigDecimal area, String layout, Profile profile, MeterAnomaly meter,
                       Household household) {

        public String deviceId() {
            return UnitLayout.defaultDeviceId(NODE_PREFIX, SIM_BUILDING, room);
        }

        public BigDecimal monthlyRent() {
            // 公租房 rent standard of the demo: 15 元/㎡·月, to the fen (HALF_UP)
            return area.multiply(new BigDecimal("15")).setScale(2, RoundingMode.HALF_UP);
        }

        public BigDecimal deposit() {
            return monthlyRent().multiply(BigDecimal.valueOf(2));
        }

        public LocalDate leaseStart(LocalDate today) {
            return today.withDayOfMonth(1).minusMonths(household.leaseMonthsAgo());
        }
    }

    /** A lock as the registry issued it: the MQTT password is shown once, so the demo keeps it in its devices file. */
    public record IssuedLock(String room, String deviceId, String secret) {
    }

    private DemoPlan() {
    }

    /** The twelve units, rooms 101…304, in the order the simulator numbers them. */
    public static List<Home> homes() {
        List<Home> homes = new ArrayList<>();
        homes.add(home("101", Profile.RESIDENT, MeterAnomaly.NONE, family("LOW_INCOME", "3200.00", 2,
                p("SELF", "张伟", 1982, 3, 14), p("SPOUSE", "刘芳", 1984, 7, 2), p("CHILD", "张子涵", 2012, 9, 30))));
        homes.add(home("102", Profile.VACANT, MeterAnomaly.NONE, null));
        // On paper a couple; the lock sees many cards and temporary codes at odd hours (R7.1c 疑似转租).
        homes.add(home("103", Profile.SUBLET, MeterAnomaly.NONE, family("MIGRANT_WORKER", "4100.00", 7,
                p("SELF", "王强", 1988, 11, 5), p("SPOUSE", "陈静", 1990, 1, 21))));
        // 独居老人: the simulator stops her door after two simulated days (R7.3a).
        homes.add(home("104", Profile.ELDERLY, MeterAnomaly.NONE, new Draft("SUBSISTENCE", new BigDecimal("1500.00"),
                "原住房拆迁，无其他住房", true, 10, List.of(p("SELF", "赵桂兰", 1946, 4, 18)))));
        // The meter of 201 jumps after three simulated hours (a flagged reading, R7.3c).
        homes.add(home("201", Profile.RESIDENT, MeterAnomaly.JUMP, family("LOW_INCOME", "2900.00", 5,
                p("SELF", "李明", 1979, 6, 9), p("SPOUSE", "孙丽", 1981, 12, 12))));
        homes.add(home("202", Profile.RESIDENT, MeterAnomaly.NONE, family("LOW_INCOME", "3600.00", 4,
                p("SELF", "陈刚", 1975, 2, 27), p("SPOUSE", "周敏", 1977, 8, 16), p("CHILD", "陈思远", 2008, 5, 3))));
        homes.add(home("203", Profile.RESIDENT, MeterAnomaly.NONE, family("NEW_GRADUATE", "5200.00", 3,
                p("SELF", "杨洋", 1999, 10, 1))));
        homes.add(home("204", Profile.RESIDENT, MeterAnomaly.NONE, family("LOW_INCOME", "2600.00", 9,
                p("SELF", "黄建国", 1968, 1, 8), p("SPOUSE", "吴秀英", 1970, 3, 25))));
        homes.add(home("301", Profile.RESIDENT, MeterAnomaly.NONE, family("TALENT", "8800.00", 1,
                p("SELF", "周杰", 1991, 7, 19), p("SPOUSE", "郑丽娜", 1993, 4, 6))));
        homes.add(home("302", Profile.RESIDENT, MeterAnomaly.NONE, family("LOW_INCOME", "3900.00", 6,
                p("SELF", "吴磊", 1985, 9, 13), p("SPOUSE", "林小红", 1986, 2, 2), p("CHILD", "吴雨萱", 2015, 6, 20))));
        homes.add(home("303", Profile.RESIDENT, MeterAnomaly.NONE, family("MIGRANT_WORKER", "4500.00", 8,
                p("SELF", "徐涛", 1994, 5, 28))));
        homes.add(home("304", Profile.RESIDENT, MeterAnomaly.NONE, family("SUBSISTENCE", "1800.00", 11,
                p("SELF", "孙浩", 1972, 11, 30), p("SPOUSE", "马琳", 1974, 10, 10))));
        return List.copyOf(homes);
    }

    /** The home of a lock's device id, if the plan has one. */
    public static Home byDeviceId(String deviceId) {
        return homes().stream().filter(h -> h.deviceId().equals(deviceId)).findFirst().orElse(null);
    }

    /**
     * The simulator's devices file for the issued locks (format of {@code org.anju.simulator.model.DevicesFile}):
     * one entry per lock, with the profile and meter fault the plan gives its unit. Batteries are left to the simulator.
     */
    public static JsonObject devicesFile(List<IssuedLock> locks) {
        Map<String, Home> byRoom = new HashMap<>();
        homes().forEach(h -> byRoom.put(h.room(), h));
        JsonArrayBuilder devices = Json.createArrayBuilder();
        for (IssuedLock l : locks) {
            Home h = byRoom.get(l.room());
            if (h == null) {
                throw new IllegalArgumentException("room " + l.room() + " is not in the demo plan");
            }
            devices.add(Json.createObjectBuilder().add("room", l.room()).add("building", SIM_BUILDING)
                    .add("deviceId", l.deviceId()).add("secret", l.secret()).add("profile", h.profile().name())
                    .add("meter", h.meter().name()));
        }
        return Json.createObjectBuilder().add("devices", devices).build();
    }

    /** An 18-digit resident ID number of Xihu district (GB 11643 check digit); {@code seq} keeps them apart. */
    static String idNumber(LocalDate birth, int seq) {
        String body = DIVISION_CODE + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    // ---- builders of the plan: the room numbers make ID numbers, phones and usernames unique

    private record P(String relation, String name, LocalDate birth) {
    }

    private static P p(String relation, String name, int year, int month, int day) {
        return new P(relation, name, LocalDate.of(year, month, day));
    }

    /** A household before it has a room: ID numbers, phones and the username are made from the room. */
    private record Draft(String category, BigDecimal income, String situation, boolean elderlyAlone, int monthsAgo,
                         List<P> people) {
    }

    private static Draft family(String category, String income, int monthsAgo, P... people) {
        return new Draft(category, new BigDecimal(income), "无自有住房，原租住城中村", false, monthsAgo, List.of(people));
    }

    private static Home home(String room, Profile profile, MeterAnomaly meter, Draft d) {
        int floor = room.charAt(0) - '0';
        int onFloor = Integer.parseInt(room.substring(1));
        // end units are the larger two-room flats
        boolean end = onFloor == 1 || onFloor == PER_FLOOR;
        BigDecimal area = new BigDecimal(end ? "58.60" : "45.50");
        String layout = end ? "两室一厅" : "一室一厅";
        Household household = d == null ? null
                : household(room, d.category(), d.income(), d.situation(), d.elderlyAlone(), d.monthsAgo(), d.people());
        return new Home(room, floor, area, layout, profile, meter, household);
    }

    private static Household household(String room, String category, BigDecimal income, String situation,
                                       boolean elderlyAlone, int monthsAgo, List<P> people) {
        List<Person> members = new ArrayList<>();
        int r = Integer.parseInt(room);
        for (int i = 0; i < people.size(); i++) {
            P x = people.get(i);
            boolean applicant = i == 0;
            String phone = applicant ? String.format("1385710%04d", r * 10 + i) : null;
            members.add(new Person(x.relation(), x.name(), x.birth(), idNumber(x.birth(), r + i), phone, applicant));
        }
        return new Household(category, income, situation, elderlyAlone, List.copyOf(members), monthsAgo, "r" + room);
    }
}
