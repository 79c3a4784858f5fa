package org.anju.it.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Import of projects, buildings and units from Excel and CSV: dry run reporting every bad row (row, column, Chinese
 * message), all-or-nothing writing nothing when a row is bad, valid rows only, idempotent re-runs, refusals of broken,
 * empty and oversized files, and the export importing back unchanged.
 */
class HousingImportIT {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String UNIT_HEADER = "项目名称*,楼栋*,房号*,楼层*,户型*,面积(㎡)*,朝向,产权证号,产权单位,租金标准,房源管理员,房态\n";

    static Api op;

    @BeforeAll
    static void operator() {
        op = Housing.operator("imp");
    }

    static JsonObject await(Api api, Api.Reply submitted) {
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        String id = submitted.json().getString("id");
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(limit)) {
            JsonObject job = api.get("/api/v1/imports/" + id).json();
            String state = job.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import did not finish in 3 minutes");
    }

    static JsonObject upload(Api api, String fileName, String mode, byte[] body, String type) {
        return await(api, api.postBytes("/api/v1/imports/housing?fileName=" + fileName + "&mode=" + mode, body, type));
    }

    static String error(JsonObject job, int row, String column) {
        return job.getJsonArray("errors").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getInt("row") == row && e.getString("column").equals(column))
                .map(e -> e.getString("message")).findFirst().orElse(null);
    }

    static byte[] workbook(List<List<Object>> projects, List<List<Object>> buildings, List<List<Object>> units) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        sheet(wb, "项目", List.of("项目名称*", "地址*", "行政区划代码*", "物业公司", "项目负责人", "负责人电话", "咨询电话", "办公时间"), projects);
        sheet(wb, "楼栋", List.of("项目名称*", "楼栋*", "总楼层*", "电梯(有/无)", "建成年份"), buildings);
        sheet(wb, "房源", List.of("项目名称*", "楼栋*", "房号*", "楼层*", "户型*", "面积(㎡)*", "朝向", "产权证号", "产权单位",
                "租金标准", "房源管理员", "房态"), units);
        wb.finish();
        return out.toByteArray();
    }

    private static void sheet(Workbook wb, String name, List<String> headers, List<List<Object>> rows) {
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < headers.size(); c++) {
            ws.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, String.valueOf(v));
                }
            }
        }
    }

    static byte[] goodWorkbook(String project) throws IOException {
        return workbook(
                List.of(List.of(project, "文三路 1 号", "330106", "安心物业", "张经理", "13800000000", "0571-1", "9-17")),
                List.of(List.of(project, "1号楼", 6, "有", 2018), List.of(project, "2号楼", 3, "无", 2020)),
                List.of(List.of(project, "1号楼", "101", 1, "一室一厅", 45.5, "南", "", "", "", "", "空置"),
                        List.of(project, "1号楼", "102", 1, "两室一厅", 60, "南", "", "", "", "", "待分配"),
                        List.of(project, "2号楼", "301", 3, "一室", 30.25, "北", "", "", "", "", "")));
    }

    @Test
    void aDryRunReportsEveryBadRowInChineseAndWritesNothing() throws IOException {
        byte[] file = workbook(
                List.of(List.of("坏代码小区", "x", "999999"), List.of("好小区", "文三路", "330106")),
                List.of(List.of("好小区", "1号楼", 6, "有", 2018)),
                List.of(List.of("好小区", "1号楼", "101", 1, "一室", -3),
                        List.of("好小区", "1号楼", "102", 1, "一室", 40),
                        List.of("好小区", "1号楼", "102", 1, "一室", 40),
                        List.of("无名小区", "1号楼", "201", 2, "一室", 40),
                        List.of("好小区", "1号楼", "901", 9, "一室", 40)));
        JsonObject job = upload(op, "bad.xlsx", "DRY_RUN", file, XLSX);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getInt("totalRows")).isEqualTo(8);
        assertThat(error(job, 2, "行政区划代码")).as(job.toString()).contains("999999").contains("GB/T 2260");
        assertThat(error(job, 2, "面积(㎡)")).contains("面积须大于 0");
        assertThat(error(job, 4, "房号")).isEqualTo("与第 3 行重复");
        assertThat(error(job, 5, "项目名称")).contains("无名小区").contains("不存在");
        assertThat(error(job, 6, "楼层")).contains("-5").contains("6");
        assertThat(job.getInt("errorRows")).isEqualTo(5);
        JsonObject sheetOfFirst = job.getJsonArray("errors").getJsonObject(0);
        assertThat(sheetOfFirst.getString("sheet")).as("errors in file order").isEqualTo("项目");
        assertThat(op.get("/api/v1/projects?q=好小区").json().getInt("total")).as("a dry run writes nothing").isZero();

        JsonObject english = op.english().get("/api/v1/imports/" + job.getString("id")).json();
        assertThat(english.getJsonArray("errors").toString()).contains("duplicates row 3");
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsBadAndValidOnlyWritesTheRest() {
        String csv = UNIT_HEADER + "全或无小区,1号楼,101,1,一室,40,,,,,,\n全或无小区,1号楼,102,1,一室,abc,,,,,,\n";
        long p = Housing.project(op, "全或无小区");
        Housing.building(op, p, "1号楼", 6);
        JsonObject refused = upload(op, "units.csv", "ALL_OR_NOTHING", csv.getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(refused.getString("state")).isEqualTo("FAILED");
        assertThat(refused.getString("failure")).contains("未导入任何数据");
        assertThat(error(refused, 3, "面积(㎡)")).contains("abc");
        assertThat(op.get("/api/v1/units?projectId=" + p).json().getInt("total")).isZero();

        JsonObject partial = upload(op, "units.csv", "VALID_ONLY", csv.getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(partial.getString("state")).isEqualTo("DONE");
        assertThat(partial.getInt("created")).isEqualTo(1);
        assertThat(partial.getInt("errorRows")).isEqualTo(1);
        assertThat(op.get("/api/v1/units?projectId=" + p).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void importingTwiceChangesNothingTheSecondTimeAndTheExportImportsBack() throws IOException {
        byte[] file = goodWorkbook("幂等小区");
        JsonObject dry = upload(op, "good.xlsx", "DRY_RUN", file, XLSX);
        assertThat(dry.getInt("created")).isEqualTo(6);
        JsonObject committed = await(op, op.post("/api/v1/imports/" + dry.getString("id") + "/commit",
                Json.createObjectBuilder().add("mode", "ALL_OR_NOTHING").build()));
        assertThat(committed.getString("state")).as(committed.toString()).isEqualTo("DONE");
        assertThat(committed.getInt("created")).isEqualTo(6);
        JsonObject units = op.get("/api/v1/units?q=幂等小区").json();
        assertThat(units.getInt("total")).isEqualTo(3);
        assertThat(units.getJsonArray("items").toString()).contains("PENDING_ALLOCATION").contains("30.25");

        JsonObject again = upload(op, "good.xlsx", "ALL_OR_NOTHING", file, XLSX);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(6);
        assertThat(op.get("/api/v1/units?q=幂等小区").json().getInt("total")).isEqualTo(3);

        long p = op.get("/api/v1/projects?q=幂等小区").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> export = op.download("/api/v1/exports/housing.xlsx?projectId=" + p);
        assertThat(export.statusCode()).isEqualTo(200);
        JsonObject roundTrip = upload(op, "export.xlsx", "DRY_RUN", export.body(), XLSX);
        assertThat(roundTrip.getInt("errorRows")).as(roundTrip.toString()).isZero();
        assertThat(roundTrip.getInt("unchanged")).isEqualTo(6);

        // a status change in the file goes through the state machine, source IMPORT
        String move = UNIT_HEADER + "幂等小区,1号楼,102,1,两室一厅,60,南,,,,,已入住\n幂等小区,1号楼,101,1,一室一厅,45.5,南,,,,,已入住\n";
        JsonObject moved = upload(op, "move.csv", "VALID_ONLY", move.getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(moved.getInt("updated")).isEqualTo(1);
        assertThat(error(moved, 3, "房态")).contains("空置").contains("已入住");
        long u102 = op.get("/api/v1/units?q=102&projectId=" + p).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonArray history = op.get("/api/v1/units/" + u102 + "/status-history").array();
        assertThat(history.getJsonObject(0).getString("source")).isEqualTo("IMPORT");
        assertThat(history.getJsonObject(0).getString("to")).isEqualTo("OCCUPIED");
    }

    @Test
    void brokenEmptyAndHeaderOnlyFilesAreRefusedClearly() {
        JsonObject broken = upload(op, "x.xlsx", "DRY_RUN", new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9}, XLSX);
        assertThat(broken.getString("state")).isEqualTo("FAILED");
        assertThat(broken.getString("failure")).contains("无法读取文件");
        Api.Reply empty = op.postBytes("/api/v1/imports/housing?fileName=e.csv&mode=DRY_RUN", new byte[0], CSV);
        assertThat(empty.status()).isEqualTo(400);
        JsonObject headerOnly = upload(op, "h.csv", "DRY_RUN", UNIT_HEADER.getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(headerOnly.getString("failure")).contains("没有数据行");
        JsonObject unknown = upload(op, "u.csv", "DRY_RUN", "姓名,电话\n张三,1\n".getBytes(StandardCharsets.UTF_8), CSV);
        assertThat(unknown.getString("failure")).contains("表头");
        JsonObject xls = upload(op, "old.xls", "DRY_RUN", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}, "application/vnd.ms-excel");
        assertThat(xls.getString("failure")).contains(".xlsx");
    }

    @Test
    void fiftyMegabytesOfRowsAreRefusedClearlyAndWriteNothing() {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(52 * 1024 * 1024);
        buffer.writeBytes(UNIT_HEADER.getBytes(StandardCharsets.UTF_8));
        for (int row = 0; buffer.size() < 50 * 1024 * 1024; row++) {
            buffer.writeBytes(("大文件小区,1号楼," + row + ",1,一室一厅,45.50,南,浙(2020)杭州市不动产权第" + row
                    + "号,杭州市住房保障中心,A类,李四,空置\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = buffer.toByteArray();
        assertThat(body.length).isGreaterThanOrEqualTo(50 * 1024 * 1024);
        JsonObject job = upload(op, "big.csv", "VALID_ONLY", body, CSV);
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).contains("200000").contains("拆分");
        assertThat(op.get("/api/v1/units?q=大文件小区").json().getInt("total")).isZero();

        byte[] tooBig = new byte[61 * 1024 * 1024];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        Api.Reply refused = op.postBytes("/api/v1/imports/housing?fileName=huge.csv&mode=DRY_RUN", tooBig, CSV);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().getString("code")).isEqualTo("import-too-large");
    }

    @Test
    void theTemplateHasTheThreeSheetsAndInstructions() throws IOException {
        HttpResponse<byte[]> t = op.download("/api/v1/imports/housing/template.xlsx");
        assertThat(t.statusCode()).isEqualTo(200);
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(t.body()))) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList())
                    .containsExactly("项目", "楼栋", "房源", "说明");
        }
        assertThat(Api.as("demo_city", "admin", "City@2026").download("/api/v1/imports/housing/template.xlsx").statusCode())
                .isEqualTo(403);
    }
}
