package org.anju.housing.application;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The spreadsheet layout of the housing stock, shared by the template, the import and the export (so an export can be
 * imported again): sheets 项目, 楼栋, 房源 and their columns. Headers are matched loosely: the required mark, spaces
 * and a bracketed unit do not matter ("面积（㎡）*" equals "面积").
 */
public final class HousingSheets {

    /** The kinds of rows. */
    public enum Kind {
        PROJECT("项目", List.of("项目名称*", "地址*", "行政区划代码*", "物业公司", "项目负责人", "负责人电话", "咨询电话", "办公时间"),
                List.of(24.0, 36.0, 14.0, 24.0, 12.0, 16.0, 16.0, 28.0)),
        BUILDING("楼栋", List.of("项目名称*", "楼栋*", "总楼层*", "电梯(有/无)", "建成年份"),
                List.of(24.0, 12.0, 10.0, 12.0, 10.0)),
        UNIT("房源", List.of("项目名称*", "楼栋*", "房号*", "楼层*", "户型*", "面积(㎡)*", "朝向", "产权证号", "产权单位",
                "租金标准", "房源管理员", "房态"),
                List.of(24.0, 12.0, 10.0, 8.0, 12.0, 12.0, 8.0, 22.0, 22.0, 12.0, 12.0, 10.0));

        private final String sheet;
        private final List<String> headers;
        private final List<Double> widths;

        Kind(String sheet, List<String> headers, List<Double> widths) {
            this.sheet = sheet;
            this.headers = headers;
            this.widths = widths;
        }

        public String sheet() {
            return sheet;
        }

        public List<String> headers() {
            return headers;
        }

        public List<Double> widths() {
            return widths;
        }

        /** The header as the user reads it in messages, without the required mark. */
        public String column(int index) {
            return headers.get(index).replace("*", "");
        }

        public boolean required(int index) {
            return headers.get(index).endsWith("*");
        }

        public static Kind bySheetName(String name) {
            String n = name == null ? "" : name.trim();
            for (Kind k : values()) {
                if (k.sheet.equals(n) || k.name().equalsIgnoreCase(n) || (k.name() + "S").equalsIgnoreCase(n)) {
                    return k;
                }
            }
            return null;
        }

        /** Recognises a CSV (or an oddly named sheet) by its header row: all required columns present. */
        public static Kind byHeaders(List<String> cells) {
            List<String> normalized = cells.stream().map(HousingSheets::normalize).toList();
            Kind best = null;
            for (Kind k : values()) {
                boolean all = true;
                for (int i = 0; i < k.headers.size(); i++) {
                    if (k.required(i) && !normalized.contains(normalize(k.headers.get(i)))) {
                        all = false;
                        break;
                    }
                }
                // the unit sheet's required columns include the building sheet's: prefer the longer match
                if (all && (best == null || k.headers.size() > best.headers.size())) {
                    best = k;
                }
            }
            return best;
        }
    }

    public static final String GUIDE_SHEET = "说明";

    private static final Pattern BRACKETS = Pattern.compile("[(（][^)）]*[)）]");

    private HousingSheets() {
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        return BRACKETS.matcher(header.replace("\uFEFF", "")).replaceAll("").replace("*", "").replace(" ", "")
                .trim().toLowerCase(Locale.ROOT);
    }

    /** The lines of the instructions sheet of the template. */
    public static List<String> guide() {
        return List.of(
                "填写说明（Anju 安居 · 房源导入模板）",
                "1. 本模板有“项目”“楼栋”“房源”三个工作表；带 * 的列必填。也可分别另存为 CSV（UTF-8 或 GBK）逐个导入。",
                "2. 项目以“项目名称”识别，楼栋以“项目名称 + 楼栋”识别，房源以“项目名称 + 楼栋 + 房号”识别：重复导入会更新，不会重复创建。",
                "3. 行政区划代码为 GB/T 2260 六位代码，须在本单位服务区域内，例如 330106。",
                "4. 楼层为整数，不能为 0，地下层用负数（最低 -5），不能高于楼栋总楼层；面积单位为平方米，最多两位小数。",
                "5. 房态填 待分配 / 已入住 / 维修中 / 空置，留空表示新房源为“空置”、已有房源不变；房态变更须符合房态规则。",
                "6. 先“试导入”查看每一行的问题，再选择“全部无误才导入”或“只导入正确的行”。",
                "示例（项目）：阳光家园 | 西湖区文三路 100 号 | 330106 | 安心物业服务有限公司 | 张经理 | 13800000000 | 0571-88888888 | 周一至周五 9:00-17:00",
                "示例（楼栋）：阳光家园 | 1号楼 | 18 | 有 | 2020",
                "示例（房源）：阳光家园 | 1号楼 | 101 | 1 | 一室一厅 | 45.50 | 南 | 浙(2020)杭州市不动产权第0000001号 | 杭州市住房保障中心 | A类 | 李四 | 空置");
    }
}
