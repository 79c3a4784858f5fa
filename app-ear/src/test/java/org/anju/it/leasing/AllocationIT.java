package org.anju.it.leasing;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Allocation (配租, R6.2a1): the authority's allocation result, from JSON or a spreadsheet, checked as a dry run, taken
 * all or nothing, each row a DRAFT lease on a PENDING_ALLOCATION unit with its household found or created.
 */
class AllocationIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADER = {"家庭编号", "申请人姓名*", "证件类型", "证件号码*", "手机号*", "保障类别*", "项目名称*",
        "楼栋*", "房号*", "租金类别", "月租金*", "押金*", "起租日期*", "合同类型"};

    private static Leasing.Operator op;
    private static Api admin;
    private static final String PROJECT = "配租小区";

    @BeforeAll
    static void setUp() {
        op = Leasing.operator("alloc");
        admin = op.admin();
        long project = Housing.project(admin, PROJECT);
        long building = Housing.building(admin, project, "2号楼", 6);
        for (String room : List.of("101", "102", "103", "104", "105")) {
            long unit = Housing.unit(admin, building, room, 1, "50.00");
            if (!room.equals("105")) {
                ok(Housing.status(admin, unit, "PENDING_ALLOCATION", "配租"));
            }
        }
    }

    private static JsonObjectBuilder row(String name, String id, String room) {
        return Json.createObjectBuilder().add("applicantName", name).add("idNumber", id).add("phone", Leasing.phone())
                .add("eligibilityCategory", "低收入").add("projectName", PROJECT).add("buildingName", "2号楼")
                .add("roomNumber", room).add("rentCategory", "低收入").add("monthlyRent", "750.00").add("deposit", "1500.00")
                .add("startDate", LocalDate.now().plusDays(7).toString());
    }

    private static int leaseCount() {
        return admin.get("/api/v1/leases?size=1").json().getInt("total");
    }

    @Test
    void aBadRowRejectsTheWholeImportAndNamesRowAndField() {
        int before = leaseCount();
        int households = admin.get("/api/v1/households?size=1").json().getInt("total");
        Api.Reply refused = admin.post("/api/v1/allocations", Json.createObjectBuilder().add("rows", Json.createArrayBuilder()
                .add(row("钱一", Leasing.idNumber(1990), "101"))
                .add(row("钱二", "330106199001011235", "102"))
                .add(row("钱三", Leasing.idNumber(1991), "105"))
                .add(row("钱四", Leasing.idNumber(1992), "999"))).build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("allocation-rejected");
        List<String> errors = refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getInt("row") + ":" + e.getString("field")).toList();
        assertThat(errors).as("rows numbered from 1").contains("2:idNumber", "3:roomNumber", "4:roomNumber");
        assertThat(errors).noneMatch(e -> e.startsWith("1:"));
        assertThat(leaseCount()).isEqualTo(before);
        assertThat(admin.get("/api/v1/households?size=1").json().getInt("total")).isEqualTo(households);
    }

    @Test
    void aSpreadsheetIsCheckedByADryRunThenEveryRowBecomesADraftLease() throws Exception {
        HttpResponse<byte[]> template = admin.download("/api/v1/allocations/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body().length).isGreaterThan(1000);

        String existing = Leasing.idNumber(1970);
        JsonObject known = Leasing.createHousehold(admin, "吴老", existing, Leasing.phone());
        byte[] file = workbook(
                new String[] {"", "吴老", "居民身份证", existing, Leasing.phone(), "低保", PROJECT, "2号楼", "103", "低保", "300", "600",
                    LocalDate.now().plusDays(3).toString(), "STANDARD"},
                new String[] {"", "郑新", "", Leasing.idNumber(1996), Leasing.phone(), "新就业", PROJECT, "2号楼", "104", "", "900.5",
                    "1801", LocalDate.now().plusDays(3).toString(), ""});
        int before = leaseCount();

        JsonObject dry = ok(admin.postBytes("/api/v1/allocations?fileName=alloc.xlsx&dryRun=true", file, XLSX));
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getInt("rows")).isEqualTo(2);
        assertThat(dry.getJsonArray("errors")).isEmpty();
        assertThat(leaseCount()).as("a dry run writes nothing").isEqualTo(before);

        JsonObject done = ok(admin.postBytes("/api/v1/allocations?fileName=alloc.xlsx", file, XLSX));
        assertThat(done.getJsonArray("created")).hasSize(2);
        assertThat(leaseCount()).isEqualTo(before + 2);
        JsonObject first = done.getJsonArray("created").getJsonObject(0);
        assertThat(first.getJsonNumber("householdId").longValue()).as("found by ID number").isEqualTo(Leasing.id(known));
        JsonObject lease = ok(admin.get("/api/v1/leases/" + first.getJsonNumber("leaseId")));
        assertThat(lease.getString("status")).isEqualTo("DRAFT");
        assertThat(lease.getJsonNumber("monthlyRent").bigDecimalValue()).isEqualByComparingTo("300.00");
        assertThat(lease.getString("unitLabel")).contains("103");
        JsonObject second = ok(admin.get("/api/v1/households/" + done.getJsonArray("created").getJsonObject(1).getJsonNumber("householdId")));
        assertThat(second.getString("eligibilityCategory")).isEqualTo("NEW_GRADUATE");

        // The same file again: the units are now taken, so nothing more is created.
        Api.Reply again = admin.postBytes("/api/v1/allocations?fileName=alloc.xlsx", file, XLSX);
        assertThat(again.status()).isEqualTo(400);
        assertThat(leaseCount()).isEqualTo(before + 2);

        Api.Reply csv = admin.postBytes("/api/v1/allocations?fileName=a.csv&dryRun=true",
                (String.join(",", HEADER) + "\n,某人,,123,13900000000,低收入," + PROJECT + ",2号楼,101,,abc,1,2026-13-01,\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(csv.status()).as("a dry run reports the errors without refusing").isEqualTo(200);
        List<String> fields = csv.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertThat(fields).contains("idNumber", "monthlyRent", "startDate");
    }

    private static byte[] workbook(String[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "anju-test", "1.0");
        Worksheet ws = wb.newWorksheet("配租结果");
        for (int c = 0; c < HEADER.length; c++) {
            ws.value(0, c, HEADER[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                ws.value(r + 1, c, rows[r][c]);
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
