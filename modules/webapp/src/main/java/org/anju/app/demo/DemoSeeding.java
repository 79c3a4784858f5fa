package org.anju.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.anju.app.demo.DemoPlan.Home;
import org.anju.app.demo.DemoPlan.Household;
import org.anju.app.demo.DemoPlan.IssuedLock;
import org.anju.app.demo.DemoPlan.Person;
import org.anju.simulator.lock.Credential;
import org.anju.simulator.lock.CredentialType;

/**
 * The steps that turn {@link DemoPlan} into data of the demo operator, each one a call a person could make in the
 * console or on the phone: housing, then locks (registered, approved, secret issued), then the building gateway, then
 * per household the whole leasing path (household, lease, approval, resident account, acknowledgements, SMS code,
 * signature, check-in). Keys then follow the leases by themselves (LeaseActivated), onto locks that are already online.
 */
final class DemoSeeding {

    private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());
    private static final Pattern SIX_DIGITS = Pattern.compile("验证码\\D{0,3}(\\d{6})");

    /** The project and its units by room, as created. */
    record Housing(long projectId, Map<String, Long> unitIdByRoom) {
    }

    private final String base;
    private final String organization;
    private final DemoApi admin;
    private final LocalDate today;

    DemoSeeding(String base, String organization, DemoApi admin, LocalDate today) {
        this.base = base;
        this.organization = organization;
        this.admin = admin;
        this.today = today;
    }

    Housing housing() {
        long project = id(admin.post("/api/v1/projects", Json.createObjectBuilder().add("name", DemoPlan.PROJECT_NAME)
                .add("address", DemoPlan.PROJECT_ADDRESS).add("divisionCode", DemoPlan.DIVISION_CODE)
                .add("propertyCompany", "安心物业管理有限公司").add("managerName", "钱经理")
                .add("managerPhone", "0571-88000002").build()));
        long building = id(admin.post("/api/v1/projects/" + project + "/buildings", Json.createObjectBuilder()
                .add("name", DemoPlan.BUILDING_NAME).add("floors", DemoPlan.FLOORS).add("hasElevator", false)
                .add("yearBuilt", 2019).build()));
        Map<String, Long> units = new LinkedHashMap<>();
        for (Home h : DemoPlan.homes()) {
            // a unit to be let starts as 待分配; the vacant one stays 空置
            String status = h.household() == null ? "VACANT" : "PENDING_ALLOCATION";
            units.put(h.room(), id(admin.post("/api/v1/units", Json.createObjectBuilder().add("buildingId", building)
                    .add("roomNumber", h.room()).add("floor", h.floor()).add("layout", h.layout())
                    .add("area", h.area()).add("orientation", "南").add("status", status).build())));
        }
        return new Housing(project, units);
    }

    /** Registers, approves and issues a secret for one lock per unit (设备备案, R8.1c). */
    List<IssuedLock> locks(Housing housing) {
        List<IssuedLock> issued = new ArrayList<>();
        for (Home h : DemoPlan.homes()) {
            long device = id(admin.post("/api/v1/devices", Json.createObjectBuilder().add("deviceId", h.deviceId())
                    .add("kind", "SMART_LOCK").add("model", "模拟智能门锁 S1").add("serial", "SN-" + h.deviceId())
                    .add("unitId", housing.unitIdByRoom().get(h.room())).build()));
            admin.post("/api/v1/devices/" + device + "/decision", Json.createObjectBuilder().add("approve", true)
                    .add("note", "演示设备，备案通过").build());
            issued.add(issue(device, h));
        }
        return issued;
    }

    /**
     * After a restart without the devices file (e.g. after {@code mvn clean}): the secrets were shown once and are gone,
     * so the demo's own locks get new ones. Only locks of the plan, only approved ones.
     */
    List<IssuedLock> reissue() {
        List<IssuedLock> issued = new ArrayList<>();
        JsonObject page = admin.get("/api/v1/devices?kind=SMART_LOCK&registration=APPROVED&q="
                + URLEncoder.encode("LK-" + DemoPlan.NODE_PREFIX, StandardCharsets.UTF_8) + "&size=200").asJsonObject();
        for (JsonValue v : page.getJsonArray("items")) {
            JsonObject d = v.asJsonObject();
            Home h = DemoPlan.byDeviceId(d.getString("deviceId"));
            if (h != null) {
                issued.add(issue(d.getJsonNumber("id").longValue(), h));
            }
        }
        return issued;
    }

    /**
     * The keys the platform holds ACTIVE on the demo's locks, by device id: a restarted simulator loads them, as a
     * rebooted lock would still have them, so that residents keep opening with their own keys.
     */
    Map<String, List<Credential>> activeKeys() {
        Map<String, List<Credential>> keys = new LinkedHashMap<>();
        JsonObject projects = admin.get("/api/v1/projects?q="
                + URLEncoder.encode(DemoPlan.PROJECT_NAME, StandardCharsets.UTF_8)).asJsonObject();
        for (JsonValue p : projects.getJsonArray("items")) {
            long project = p.asJsonObject().getJsonNumber("id").longValue();
            JsonObject units = admin.get("/api/v1/units?projectId=" + project + "&size=200").asJsonObject();
            for (JsonValue u : units.getJsonArray("items")) {
                long unit = u.asJsonObject().getJsonNumber("id").longValue();
                for (JsonValue v : admin.get("/api/v1/units/" + unit + "/lock-credentials?status=ACTIVE").asJsonArray()) {
                    JsonObject c = v.asJsonObject();
                    CredentialType type;
                    try {
                        type = CredentialType.valueOf(c.getString("credentialType"));
                    } catch (IllegalArgumentException e) {
                        continue; // a type the simulated lock does not know
                    }
                    keys.computeIfAbsent(c.getString("deviceId"), d -> new ArrayList<>())
                            .add(new Credential(c.getString("credentialId"), type, instant(c, "validFrom"),
                                    instant(c, "validUntil"), Credential.Source.PLATFORM));
                }
            }
        }
        return keys;
    }

    private static Instant instant(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? Instant.parse(o.getString(field)) : null;
    }

    private IssuedLock issue(long device, Home h) {
        JsonObject secret = admin.post("/api/v1/devices/" + device + "/secret", null).asJsonObject();
        return new IssuedLock(h.room(), h.deviceId(), secret.getString("secret"));
    }

    /** The building gateway (the simulator's OPC UA server) with its node map by convention (docs/api/opcua.md). */
    void gateway(Housing housing, String endpointUrl, String namespaceUri) {
        long endpoint = id(admin.post("/api/v1/opcua/endpoints", Json.createObjectBuilder()
                .add("name", DemoPlan.ENDPOINT_NAME).add("url", endpointUrl).add("securityPolicy", "NONE")
                .add("securityMode", "NONE").add("namespaceUri", namespaceUri).add("projectId", housing.projectId())
                .add("nodePrefix", DemoPlan.NODE_PREFIX).add("enabled", true).build()));
        JsonObject mapped = admin.post("/api/v1/opcua/endpoints/" + endpoint + "/nodes/auto-map",
                Json.createObjectBuilder().add("source", "CONVENTION").add("replace", false).build()).asJsonObject();
        LOG.info("Demo: gateway " + endpointUrl + " mapped " + mapped.getInt("mapped") + " node(s)");
    }

    /**
     * Every household of the plan through the leasing path; one that fails is logged and the others still move in.
     * Answers how many leases became ACTIVE.
     */
    int households(Housing housing) {
        int active = 0;
        for (Home h : DemoPlan.homes()) {
            if (h.household() == null) {
                continue;
            }
            try {
                moveIn(h, housing.unitIdByRoom().get(h.room()));
                active++;
            } catch (RuntimeException e) {
                LOG.warning("Demo: the household of room " + h.room() + " did not move in: " + e.getMessage());
            }
        }
        return active;
    }

    private void moveIn(Home home, long unit) {
        Household hh = home.household();
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (Person p : hh.members()) {
            JsonObjectBuilder m = Json.createObjectBuilder().add("relation", p.relation()).add("name", p.name())
                    .add("idType", "RESIDENT_ID").add("idNumber", p.idNumber())
                    .add("birthDate", p.birthDate().toString()).add("applicant", p.applicant());
            if (p.phone() != null) {
                m.add("phone", p.phone());
            }
            members.add(m);
        }
        JsonObject household = admin.post("/api/v1/households", Json.createObjectBuilder()
                .add("eligibilityCategory", hh.category()).add("incomeMonthly", hh.incomeMonthly())
                .add("housingSituation", hh.housingSituation()).add("elderlyAlone", hh.elderlyAlone())
                .add("members", members).build()).asJsonObject();
        long householdId = id(household);
        LocalDate start = home.leaseStart(today);
        long lease = id(admin.post("/api/v1/leases", Json.createObjectBuilder().add("householdId", householdId)
                .add("unitId", unit).add("startDate", start.toString()).add("monthlyRent", home.monthlyRent())
                .add("deposit", home.deposit()).add("rentCategory", rentCategory(hh.category())).build()));
        admin.post("/api/v1/leases/" + lease + "/submit", Json.createObjectBuilder().add("comment", "演示数据").build());
        admin.post("/api/v1/leases/" + lease + "/approve", Json.createObjectBuilder().add("comment", "同意").build());

        // the applicant signs on the phone: account, first sign-in password change, clauses, SMS code, signature
        JsonArray saved = household.getJsonArray("members");
        long applicantId = saved.stream().map(JsonValue::asJsonObject).filter(m -> m.getBoolean("applicant"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        admin.post("/api/v1/households/" + householdId + "/members/" + applicantId + "/account",
                Json.createObjectBuilder().add("username", hh.residentUsername())
                        .add("password", DemoPlan.RESIDENT_TEMPORARY_PASSWORD).build());
        DemoApi first = DemoApi.signIn(base, organization, hh.residentUsername(), DemoPlan.RESIDENT_TEMPORARY_PASSWORD);
        first.post("/api/v1/me/password", Json.createObjectBuilder()
                .add("currentPassword", DemoPlan.RESIDENT_TEMPORARY_PASSWORD)
                .add("newPassword", DemoPlan.RESIDENT_PASSWORD).build());
        DemoApi resident = DemoApi.signIn(base, organization, hh.residentUsername(), DemoPlan.RESIDENT_PASSWORD);
        for (String section : new String[] {"LIABILITY", "RETURN_CONDITIONS"}) {
            resident.post("/api/v1/my/leases/" + lease + "/acknowledgements",
                    Json.createObjectBuilder().add("section", section).build());
        }
        resident.post("/api/v1/my/leases/" + lease + "/signing-code", null);
        resident.post("/api/v1/my/leases/" + lease + "/sign", Json.createObjectBuilder()
                .add("code", signingCode(hh.applicant().phone())).add("signature", signaturePng()).build());

        JsonArrayBuilder movers = Json.createArrayBuilder();
        saved.forEach(m -> movers.add(m.asJsonObject().getJsonNumber("id")));
        JsonObject active = admin.post("/api/v1/leases/" + lease + "/check-in", Json.createObjectBuilder()
                .add("movedInOn", start.toString()).add("memberIds", movers).build()).asJsonObject();
        if (!"ACTIVE".equals(active.getString("status", ""))) {
            throw new IllegalStateException("lease " + lease + " is " + active.getString("status", "?"));
        }
    }

    /** The code the platform just texted to the applicant, read back from the SMS log (channel {@code log}). */
    private String signingCode(String phone) {
        JsonArray sms = admin.get("/api/v1/sms?phone=" + phone + "&limit=1").asJsonArray();
        if (!sms.isEmpty()) {
            Matcher m = SIX_DIGITS.matcher(sms.getJsonObject(0).getString("body", ""));
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("no signing code in the SMS log for " + phone.substring(0, 3)
                + "****: is ANJU_SMS_CHANNEL other than log?");
    }

    private static String rentCategory(String eligibility) {
        return switch (eligibility) {
            case "SUBSISTENCE" -> "低保";
            case "LOW_INCOME" -> "低收入";
            case "NEW_GRADUATE" -> "新就业";
            case "MIGRANT_WORKER" -> "外来务工";
            case "TALENT" -> "人才";
            default -> "其他";
        };
    }

    /** A few pen strokes, as the phone's signature pad sends them (the platform refuses a blank canvas). */
    static String signaturePng() {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawLine(20, 80, 80, 30);
        g.drawLine(80, 30, 120, 90);
        g.drawArc(130, 30, 60, 50, 0, 270);
        g.drawLine(200, 40, 280, 85);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static long id(jakarta.json.JsonStructure s) {
        return s.asJsonObject().getJsonNumber("id").longValue();
    }
}
