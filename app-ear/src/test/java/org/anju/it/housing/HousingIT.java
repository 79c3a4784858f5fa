package org.anju.it.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.anju.it.support.Api;
import org.anju.it.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 over HTTP: projects, buildings, units, the status state machine (R6.1c), the status board (R6.1d), the
 * one-room-one-archive with its Envers timeline and PDF (R6.1b, R7.4a, P2), the service window (R5.1c), the staff
 * roster (R5.1d), and two-tenant isolation of every entity (P1).
 */
class HousingIT {

    static Api a;
    static Api b;
    static String schemaA;

    @BeforeAll
    static void twoOperators() {
        a = Housing.operator("house_a");
        b = Housing.operator("house_b");
        schemaA = "org_" + a.get("/api/v1/me").json().getJsonObject("organization").getString("code");
    }

    @Test
    void theStatusMovesOnlyAlongTheStateMachine() {
        long p = Housing.project(a, "状态机小区");
        long bld = Housing.building(a, p, "1号楼", 6);
        long u = Housing.unit(a, bld, "101", 1, "45.5");
        JsonObject unit = a.get("/api/v1/units/" + u).json();
        assertThat(unit.getString("status")).isEqualTo("VACANT");
        assertThat(unit.getJsonArray("allowedStatuses").toString()).contains("PENDING_ALLOCATION").contains("UNDER_REPAIR");

        Api.Reply illegal = Housing.status(a, u, "OCCUPIED", "直接入住");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().getString("code")).isEqualTo("unit-status-transition");
        assertThat(illegal.json().getJsonArray("allowed").toString()).contains("PENDING_ALLOCATION").contains("UNDER_REPAIR")
                .doesNotContain("OCCUPIED");
        assertThat(illegal.json().getString("detail")).contains("空置").contains("已入住");

        assertThat(Housing.status(a, u, "PENDING_ALLOCATION", "配租结果").status()).isEqualTo(200);
        assertThat(Housing.status(a, u, "OCCUPIED", "办理入住").status()).isEqualTo(200);
        assertThat(Housing.status(a, u, "OCCUPIED", "重复提交").status()).as("same status again is no change").isEqualTo(200);
        assertThat(Housing.status(a, u, "PENDING_ALLOCATION", "x").status()).isEqualTo(409);
        assertThat(Housing.status(a, u, "UNDER_REPAIR", "漏水").status()).isEqualTo(200);
        assertThat(Housing.status(a, u, "VACANT", "修好").status()).isEqualTo(200);

        JsonArray history = a.get("/api/v1/units/" + u + "/status-history").array();
        assertThat(history).hasSize(5);
        JsonObject last = history.getJsonObject(0);
        assertThat(last.getString("from")).isEqualTo("UNDER_REPAIR");
        assertThat(last.getString("to")).isEqualTo("VACANT");
        assertThat(last.getString("reason")).isEqualTo("修好");
        assertThat(last.getString("source")).isEqualTo("MANUAL");
        assertThat(last.getString("actor")).startsWith("admin@house_a");

        Api.Reply noReason = a.post("/api/v1/units/" + u + "/status", Json.createObjectBuilder().add("status", "UNDER_REPAIR").build());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isNotNull();
    }

    @Test
    void statusBoardCountsAndFilters() {
        long p = Housing.project(a, "房态图小区");
        long b1 = Housing.building(a, p, "1号楼", 3);
        long b2 = Housing.building(a, p, "2号楼", 2);
        long u101 = Housing.unit(a, b1, "101", 1, "45");
        Housing.unit(a, b1, "102", 1, "60.5");
        long u301 = Housing.unit(a, b1, "301", 3, "45");
        Housing.unit(a, b2, "201", 2, "80");
        Housing.status(a, u101, "PENDING_ALLOCATION", "配租");
        Housing.status(a, u301, "UNDER_REPAIR", "维修");

        JsonObject board = a.get("/api/v1/projects/" + p + "/status-board").json();
        assertThat(board.getInt("total")).isEqualTo(4);
        assertThat(board.getJsonObject("counts").getInt("VACANT")).isEqualTo(2);
        assertThat(board.getJsonObject("counts").getInt("PENDING_ALLOCATION")).isEqualTo(1);
        assertThat(board.getJsonObject("counts").getInt("UNDER_REPAIR")).isEqualTo(1);
        JsonObject first = board.getJsonArray("buildings").getJsonObject(0);
        assertThat(first.getString("name")).isEqualTo("1号楼");
        assertThat(first.getJsonArray("rows").getJsonObject(0).getInt("floor")).as("top floor first").isEqualTo(3);
        JsonArray floor1 = first.getJsonArray("rows").getJsonObject(1).getJsonArray("units");
        assertThat(floor1.getJsonObject(0).getString("roomNumber")).isEqualTo("101");
        assertThat(floor1.getJsonObject(0).getString("status")).isEqualTo("PENDING_ALLOCATION");

        JsonObject vacant = a.get("/api/v1/projects/" + p + "/status-board?status=VACANT").json();
        assertThat(vacant.getInt("shown")).isEqualTo(2);
        assertThat(vacant.getJsonObject("counts").getInt("UNDER_REPAIR")).as("the legend keeps every count").isEqualTo(1);
        JsonObject big = a.get("/api/v1/projects/" + p + "/status-board?minArea=50").json();
        assertThat(big.getInt("total")).isEqualTo(2);
        JsonObject oneBuilding = a.get("/api/v1/projects/" + p + "/status-board?buildingId=" + b2).json();
        assertThat(oneBuilding.getJsonArray("buildings")).hasSize(1);
        assertThat(oneBuilding.getInt("total")).isEqualTo(1);
        assertThat(a.get("/api/v1/projects/" + p + "/status-board?status=RENTED").status()).isEqualTo(400);
    }

    @Test
    void theArchiveShowsWhoChangedWhatAndPrints() throws Exception {
        long p = Housing.project(a, "档案小区");
        long bld = Housing.building(a, p, "1号楼", 6);
        long u = Housing.unit(a, bld, "101", 1, "45.5");
        for (String[] edit : new String[][] {{"一室一厅", "50.25", "测绘更正"}, {"两室一厅", "50.25", "改造"}, {"两室一厅", "52", "复测"}}) {
            Api.Reply r = a.put("/api/v1/units/" + u, Json.createObjectBuilder().add("roomNumber", "101").add("floor", 1)
                    .add("layout", edit[0]).add("area", new java.math.BigDecimal(edit[1])).add("reason", edit[2]).build());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        JsonObject archive = a.get("/api/v1/units/" + u + "/archive").json();
        assertThat(archive.getJsonObject("location").getString("projectName")).isEqualTo("档案小区");
        assertThat(archive.getJsonObject("building").getInt("floors")).isEqualTo(6);
        assertThat(archive.getJsonObject("management").getString("propertyCompany")).isEqualTo("安心物业");
        assertThat(archive.containsKey("lease")).as("no lease section until leases exist").isFalse();
        JsonArray revisions = archive.getJsonArray("revisions");
        assertThat(revisions).as("created + three edits").hasSize(4);
        JsonObject newest = revisions.getJsonObject(0);
        assertThat(newest.getString("actor")).startsWith("admin@house_a");
        assertThat(newest.getString("reason")).isEqualTo("复测");
        assertThat(newest.getJsonArray("fields").toString()).contains("\"area\"").contains("50.25").contains("52.00");
        assertThat(revisions.getJsonObject(1).getJsonArray("fields").toString()).contains("一室一厅").contains("两室一厅");

        // the revisions are in this operator's schema, and only there
        try (Connection c = Db.openTestDatabase();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + schemaA + ".unit_aud WHERE id = ?")) {
            ps.setLong(1, u);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            }
        }

        HttpResponse<byte[]> pdf = a.download("/api/v1/units/" + u + "/archive.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("一房一档").contains("档案小区").contains("复测");
    }

    @Test
    void badInputNamesTheField() {
        Api.Reply outside = a.post("/api/v1/projects", Json.createObjectBuilder().add("name", "外区").add("address", "深圳")
                .add("divisionCode", "440305").build());
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.fieldError("divisionCode")).contains("服务区域");
        Api.Reply malformed = a.post("/api/v1/projects", Json.createObjectBuilder().add("name", "坏代码").add("address", "x")
                .add("divisionCode", "999999").build());
        assertThat(malformed.fieldError("divisionCode")).contains("GB/T 2260");

        long p = Housing.project(a, "校验小区");
        long bld = Housing.building(a, p, "1号楼", 6);
        Api.Reply unit = a.post("/api/v1/units", Json.createObjectBuilder().add("buildingId", bld).add("roomNumber", "901")
                .add("floor", 9).add("layout", "一室").add("area", -3).build());
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.fieldError("area")).isNotNull();
        Api.Reply floor = a.post("/api/v1/units", Json.createObjectBuilder().add("buildingId", bld).add("roomNumber", "901")
                .add("floor", 9).add("layout", "一室").add("area", 30).build());
        assertThat(floor.fieldError("floor")).contains("-5").contains("6");
        Housing.unit(a, bld, "101", 1, "30");
        Api.Reply dup = a.post("/api/v1/units", Json.createObjectBuilder().add("buildingId", bld).add("roomNumber", "101")
                .add("floor", 1).add("layout", "一室").add("area", 30).build());
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.json().getString("code")).isEqualTo("unit-exists");
        Api.Reply shrink = a.put("/api/v1/buildings/" + bld, Json.createObjectBuilder().add("name", "1号楼").add("floors", 0).build());
        assertThat(shrink.status()).isEqualTo(400);
        assertThat(a.delete("/api/v1/projects/" + p).status()).isEqualTo(409);
        assertThat(a.post("/api/v1/projects", Json.createObjectBuilder().add("name", "校验小区").add("address", "x")
                .add("divisionCode", "330106").build()).status()).isEqualTo(409);
    }

    @Test
    void everyEntityStaysInItsOperator() {
        long pa = Housing.project(a, "同名小区");
        long ba = Housing.building(a, pa, "1号楼", 6);
        long ua = Housing.unit(a, ba, "101", 1, "45");
        long pb = Housing.project(b, "同名小区");
        long bb = Housing.building(b, pb, "1号楼", 6);
        Housing.unit(b, bb, "101", 1, "99");
        Api.Reply staff = a.post("/api/v1/staff", Json.createObjectBuilder().add("name", "王芳").add("position", "管家")
                .add("projectIds", Json.createArrayBuilder().add(pa)).build());
        assertThat(staff.status()).as(staff.toString()).isEqualTo(201);

        assertThat(b.get("/api/v1/projects?q=同名小区").json().getInt("total")).isEqualTo(1);
        JsonObject unitsOfB = b.get("/api/v1/units?q=同名小区").json();
        assertThat(unitsOfB.getInt("total")).isEqualTo(1);
        assertThat(unitsOfB.getJsonArray("items").getJsonObject(0).getJsonNumber("area").toString()).isEqualTo("99.00");
        assertThat(b.get("/api/v1/staff?q=王芳").json().getInt("total")).isZero();
        // A's ids mean nothing to B: what B finds under them (ids are per schema) is B's own, or nothing
        java.util.Set<String> unitsOfBById = new java.util.HashSet<>();
        b.get("/api/v1/units?size=200").json().getJsonArray("items")
                .forEach(v -> unitsOfBById.add(v.asJsonObject().getJsonNumber("id") + "/" + v.asJsonObject().getJsonNumber("area")));
        Api.Reply unitById = b.get("/api/v1/units/" + ua);
        assertThat(unitById.status()).isIn(200, 404);
        if (unitById.status() == 200) {
            assertThat(unitsOfBById).contains(unitById.json().getJsonNumber("id") + "/" + unitById.json().getJsonNumber("area"));
        }
        assertThat(b.get("/api/v1/projects/" + pb + "/buildings").array().toString()).contains("1号楼");
        Api.Reply buildingById = b.get("/api/v1/buildings/" + ba);
        assertThat(buildingById.status()).isIn(200, 404);
        if (buildingById.status() == 200) {
            java.util.Set<Long> projectsOfB = new java.util.HashSet<>();
            b.get("/api/v1/projects?size=200").json().getJsonArray("items")
                    .forEach(v -> projectsOfB.add(v.asJsonObject().getJsonNumber("id").longValue()));
            assertThat(projectsOfB).as("what B finds under A's building id is B's own").contains(
                    buildingById.json().getJsonNumber("projectId").longValue());
        }
        Api.Reply job = a.postBytes("/api/v1/imports/housing?fileName=x.csv&mode=DRY_RUN",
                "项目名称*,楼栋*,总楼层*\n同名小区,9号楼,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertThat(job.status()).isEqualTo(202);
        assertThat(b.get("/api/v1/imports/" + job.json().getString("id")).status()).as("A's import job").isEqualTo(404);
        assertThat(b.get("/api/v1/imports").json().getInt("total")).isZero();
        assertThat(a.header("X-Anju-Organization", b.get("/api/v1/me").json().getJsonObject("organization").getString("code"))
                .get("/api/v1/projects").status()).isEqualTo(403);
    }

    @Test
    void serviceWindowIsPublishedForAnyone() {
        long p = Housing.project(a, "服务窗口小区");
        Api.Reply r = a.put("/api/v1/projects/" + p + "/service-window", Json.createObjectBuilder()
                .add("applicationProcess", "1. 网上申请 2. 资格审核 3. 配租").add("howToApply", "登录平台或到服务窗口")
                .add("requiredMaterials", "身份证、户口簿、收入证明").add("hotline", "0571-88888888")
                .add("officeHours", "周一至周五 9:00-17:00").add("serviceAddress", "文三路 100 号一楼").build());
        assertThat(r.status()).isEqualTo(200);
        String code = a.get("/api/v1/me").json().getJsonObject("organization").getString("code");
        JsonObject pub = Api.anonymous().get("/api/v1/public/organizations/" + code + "/projects/" + p + "/service-window").json();
        assertThat(pub.getJsonObject("serviceWindow").getString("requiredMaterials")).contains("收入证明");
        assertThat(pub.getJsonObject("organization").getString("code")).isEqualTo(code);
        assertThat(Api.anonymous().get("/api/v1/public/organizations/" + code + "/projects").array().toString()).contains("服务窗口小区");
        assertThat(Api.anonymous().get("/api/v1/public/organizations/" + code + "/projects/999999/service-window").status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/v1/public/organizations/demo_city/projects").status()).as("not an operator").isEqualTo(404);
        JsonArray history = a.get("/api/v1/projects/" + p + "/history").array();
        assertThat(history.getJsonObject(0).getJsonArray("fields").toString()).contains("serviceWindow.hotline");
    }

    @Test
    void staffingIsFlaggedAboveTheLimit() {
        Api c = Housing.operator("staffing");
        long p = Housing.project(c, "人员小区");
        long bld = Housing.building(c, p, "1号楼", 6);
        for (int i = 1; i <= 3; i++) {
            long u = Housing.unit(c, bld, "10" + i, 1, "40");
            Housing.status(c, u, "PENDING_ALLOCATION", "配租");
            Housing.status(c, u, "OCCUPIED", "入住");
        }
        assertThat(c.post("/api/v1/staff", Json.createObjectBuilder().add("name", "李强").add("position", "管家")
                .add("qualifications", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "物业管理员证")
                        .add("certificateNo", "WY-001").add("validUntil", "2028-12-31")))
                .add("projectIds", Json.createArrayBuilder().add(p)).build()).status()).isEqualTo(201);
        assertThat(c.put("/api/v1/housing/settings", Json.createObjectBuilder().add("residentsPerStaffLimit", 2).build())
                .status()).isEqualTo(200);
        JsonObject row = c.get("/api/v1/staffing").array().getJsonObject(0);
        assertThat(row.getInt("residents")).isEqualTo(3);
        assertThat(row.getInt("staff")).isEqualTo(1);
        assertThat(row.getJsonNumber("ratio").doubleValue()).isEqualTo(3.0);
        assertThat(row.getBoolean("overLimit")).isTrue();
        assertThat(c.put("/api/v1/housing/settings", Json.createObjectBuilder().add("residentsPerStaffLimit", 0).build())
                .status()).isEqualTo(400);
    }

    @Test
    void authoritiesAndPlainStaffHaveNoHousingPowers() {
        assertThat(Api.as("demo_city", "admin", "City@2026").get("/api/v1/projects").status()).isEqualTo(403);
        String code = a.get("/api/v1/me").json().getJsonObject("organization").getString("code");
        a.post("/api/v1/users", Json.createObjectBuilder().add("username", "viewer").add("displayName", "只读")
                .add("password", "Viewer2026").add("roles", Json.createArrayBuilder()).build());
        Api viewer = Api.as(code, "viewer", "Viewer2026");
        assertThat(viewer.get("/api/v1/units").status()).isEqualTo(403);
        a.post("/api/v1/users", Json.createObjectBuilder().add("username", "keeper").add("displayName", "房管")
                .add("password", "Keeper2026").add("roles", Json.createArrayBuilder().add("housing_manager")).build());
        Api keeper = Api.as(code, "keeper", "Keeper2026");
        assertThat(keeper.get("/api/v1/units").status()).isEqualTo(200);
        assertThat(keeper.put("/api/v1/housing/settings", Json.createObjectBuilder().add("residentsPerStaffLimit", 5).build())
                .status()).isEqualTo(403);
    }
}
