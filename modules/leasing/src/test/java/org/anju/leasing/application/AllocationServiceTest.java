package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.kernel.api.SpreadsheetWriter;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.IdType;
import org.junit.jupiter.api.Test;

/**
 * R6.2a1: the authority's allocation result, imported from a spreadsheet: headers found however they are decorated,
 * money and dates as people type them, and a template whose example row is itself a valid row.
 */
class AllocationServiceTest {

    @Test
    void moneyAsPeopleTypeIt() {
        assertThat(AllocationService.money("800")).isEqualTo(new BigDecimal("800.00"));
        assertThat(AllocationService.money(" 1,600.5 ")).isEqualTo(new BigDecimal("1600.50"));
        assertThat(AllocationService.money("¥800元")).isEqualTo(new BigDecimal("800.00"));
        assertThat(AllocationService.money("0")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void moneyThatIsNotAnAmountIsRefused() {
        assertThat(AllocationService.money(null)).isNull();
        assertThat(AllocationService.money("")).isNull();
        assertThat(AllocationService.money("-5")).isNull();
        assertThat(AllocationService.money("800.005")).as("three decimals").isNull();
        assertThat(AllocationService.money("八百")).isNull();
        assertThat(AllocationService.money("1e3")).isNull();
        assertThat(AllocationService.money("12345678901")).as("eleven digits").isNull();
    }

    @Test
    void datesAsPeopleTypeThem() {
        LocalDate d = LocalDate.of(2026, 9, 1);
        assertThat(AllocationService.date("2026-09-01")).isEqualTo(d);
        assertThat(AllocationService.date("2026/9/1")).isEqualTo(d);
        assertThat(AllocationService.date("2026.9.1")).isEqualTo(d);
        assertThat(AllocationService.date("2026-9-1")).isEqualTo(d);
        assertThat(AllocationService.date("2026年9月1日")).isEqualTo(d);
        assertThat(AllocationService.date(" 2026年09月01 ")).isEqualTo(d);
    }

    @Test
    void anExcelDateSerialIsDaysSince30December1899() {
        assertThat(AllocationService.date("46266")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(AllocationService.date("45658.0")).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(AllocationService.date("2026/2/30")).isNull();
        assertThat(AllocationService.date("2026-13-01")).isNull();
        assertThat(AllocationService.date("9/1/2026")).isNull();
        assertThat(AllocationService.date("下个月")).isNull();
        assertThat(AllocationService.date(" ")).isNull();
        assertThat(AllocationService.date(null)).isNull();
    }

    @Test
    void idTypesByTheirChineseNameOrCode() {
        assertThat(AllocationService.idType("居民身份证")).isEqualTo(IdType.RESIDENT_ID);
        assertThat(AllocationService.idType(" 身份证 ")).isEqualTo(IdType.RESIDENT_ID);
        assertThat(AllocationService.idType("护照")).isEqualTo(IdType.PASSPORT);
        assertThat(AllocationService.idType("港澳居民来往内地通行证")).isEqualTo(IdType.HK_MACAO_TAIWAN);
        assertThat(AllocationService.idType("台湾居民来往大陆通行证")).isEqualTo(IdType.HK_MACAO_TAIWAN);
        assertThat(AllocationService.idType("外国人永久居留身份证")).isEqualTo(IdType.FOREIGN_PERMANENT);
        assertThat(AllocationService.idType("passport")).isEqualTo(IdType.PASSPORT);
        assertThat(AllocationService.idType("军官证")).isEqualTo(IdType.OTHER);
        assertThat(AllocationService.idType("")).as("left empty: the default applies later").isNull();
        assertThat(AllocationService.idType(null)).isNull();
    }

    @Test
    void headersAreFoundWithOrWithoutStarsAndByPropertyName() {
        Map<String, Integer> h = AllocationService.headerOf(Arrays.asList("备注", "申请人姓名*", " 证件号码＊ ", null, "ROOMNUMBER",
                "月租金"));
        assertThat(h).containsEntry("applicantName", 1).containsEntry("idNumber", 2).containsEntry("roomNumber", 4)
                .containsEntry("monthlyRent", 5).hasSize(4);
    }

    @Test
    void aRowIsReadByItsHeadersAndTrimmed() {
        Map<String, Integer> h = AllocationService.headerOf(List.of("房号", "证件号码", "申请人姓名", "证件类型", "押金"));
        Commands.AllocationRow r = AllocationService.row(h, List.of(" 101 ", "11010519491231002x", "张三", "护照"));
        assertThat(r.roomNumber()).isEqualTo("101");
        assertThat(r.idNumber()).isEqualTo("11010519491231002x");
        assertThat(r.applicantName()).isEqualTo("张三");
        assertThat(r.idType()).isEqualTo(IdType.PASSPORT);
        assertThat(r.deposit()).as("a short row").isNull();
        assertThat(r.householdNumber()).as("no such column").isNull();
    }

    @Test
    void theTemplatesHeadersAreReadBackAsEveryColumn() {
        List<String> headers = AllocationService.COLUMNS.stream().map(c -> c[0]).toList();
        Map<String, Integer> h = AllocationService.headerOf(headers);
        assertThat(h).hasSize(AllocationService.COLUMNS.size());
        for (int i = 0; i < AllocationService.COLUMNS.size(); i++) {
            assertThat(h.get(AllocationService.COLUMNS.get(i)[1])).isEqualTo(i);
        }
    }

    /** Keeps the sheets instead of writing a workbook. */
    static final class CapturingWriter extends SpreadsheetWriter {
        final List<String> headers = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void write(OutputStream out, List<SheetSource> sheets) throws IOException {
            SheetSource first = sheets.get(0);
            headers.addAll(first.headers());
            first.rows(rows::add);
        }
    }

    @Test
    void theTemplatesExampleRowIsAValidRow() throws IOException {
        AllocationService s = new AllocationService();
        CapturingWriter writer = new CapturingWriter();
        s.writer = writer;
        s.template(new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE);

        assertThat(writer.rows).hasSize(1);
        List<String> cells = writer.rows.get(0).stream().map(String::valueOf).toList();
        Commands.AllocationRow r = AllocationService.row(AllocationService.headerOf(writer.headers), cells);

        IdType type = r.idType() == null ? IdType.RESIDENT_ID : r.idType();
        assertThat(type).isEqualTo(IdType.RESIDENT_ID);
        assertThat(MemberData.idProblem(type, MemberData.normalizeId(r.idNumber()))).as("the example's ID number").isNull();
        assertThat(MemberData.mobile(MemberData.normalizePhone(r.phone()))).isTrue();
        assertThat(LeasingRules.category(r.eligibilityCategory())).isEqualTo(EligibilityCategory.LOW_INCOME);
        assertThat(AllocationService.money(r.monthlyRent())).isEqualTo(new BigDecimal("800.00"));
        assertThat(AllocationService.money(r.deposit())).isEqualTo(new BigDecimal("1600.00"));
        assertThat(AllocationService.date(r.startDate())).isAfter(LeasingRules.today());
        assertThat(r.householdNumber()).isNull();
        assertThat(r.leaseTypeCode()).isEqualTo("STANDARD");
    }
}
