package org.anju.housing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sheets and CSV files are recognised by name or by header, however the headers are decorated. */
class HousingSheetsTest {

    @Test
    void headersMatchLoosely() {
        assertThat(HousingSheets.normalize("面积（㎡）*")).isEqualTo(HousingSheets.normalize("面积"));
        assertThat(HousingSheets.normalize(" 项目名称 * ")).isEqualTo("项目名称");
        assertThat(HousingSheets.normalize("\uFEFF项目名称*")).isEqualTo("项目名称");
    }

    @Test
    void sheetsByName() {
        assertThat(HousingSheets.Kind.bySheetName("房源")).isEqualTo(HousingSheets.Kind.UNIT);
        assertThat(HousingSheets.Kind.bySheetName("units")).isEqualTo(HousingSheets.Kind.UNIT);
        assertThat(HousingSheets.Kind.bySheetName("楼栋")).isEqualTo(HousingSheets.Kind.BUILDING);
        assertThat(HousingSheets.Kind.bySheetName("我的备注")).isNull();
    }

    @Test
    void csvByHeaders() {
        assertThat(HousingSheets.Kind.byHeaders(List.of("项目名称", "楼栋", "房号", "楼层", "户型", "面积")))
                .isEqualTo(HousingSheets.Kind.UNIT);
        assertThat(HousingSheets.Kind.byHeaders(List.of("项目名称*", "楼栋*", "总楼层*")))
                .isEqualTo(HousingSheets.Kind.BUILDING);
        assertThat(HousingSheets.Kind.byHeaders(List.of("项目名称", "地址", "行政区划代码", "物业公司")))
                .isEqualTo(HousingSheets.Kind.PROJECT);
        assertThat(HousingSheets.Kind.byHeaders(List.of("姓名", "电话"))).isNull();
    }
}
