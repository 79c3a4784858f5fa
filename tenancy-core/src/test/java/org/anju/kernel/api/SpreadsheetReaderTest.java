package org.anju.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming reads of what operators really send: xlsx, UTF-8 CSV with a BOM, GBK CSV, and broken files. */
class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    private final SpreadsheetReader reader = new SpreadsheetReader();

    private List<String> read(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        reader.read(file, (sheet, row, cells) -> {
            rows.add(sheet + "#" + row + ":" + String.join("|", cells));
            return true;
        });
        return rows;
    }

    @Test
    void xlsxWrittenByTheExportReadsBack() throws Exception {
        Path file = dir.resolve("t.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SpreadsheetWriter().write(out, List.of(new SpreadsheetWriter.SheetSource() {
                public String name() {
                    return "房源";
                }

                public List<String> headers() {
                    return List.of("房号*", "面积(㎡)*", "楼层*");
                }

                public List<Double> widths() {
                    return List.of(10.0, 10.0, 10.0);
                }

                public void rows(SpreadsheetWriter.RowSink sink) throws IOException {
                    sink.accept(List.of("101", new BigDecimal("45.50"), 3));
                    sink.accept(List.of("102", new BigDecimal("60"), -1));
                }
            }));
        }
        assertThat(reader.detect(file)).isEqualTo(SpreadsheetReader.Format.XLSX);
        assertThat(read(file)).containsExactly("房源#1:房号*|面积(㎡)*|楼层*", "房源#2:101|45.5|3", "房源#3:102|60|-1");
    }

    @Test
    void utf8CsvWithBom() throws Exception {
        Path file = dir.resolve("u.csv");
        Files.writeString(file, "\uFEFF项目名称,楼栋\n阳光家园,\"1号楼, 东\"\n", StandardCharsets.UTF_8);
        assertThat(read(file)).containsExactly("#1:项目名称|楼栋", "#2:阳光家园|1号楼, 东");
    }

    @Test
    void gbkCsvFromChineseExcel() throws Exception {
        Path file = dir.resolve("g.csv");
        Files.write(file, "项目名称,地址\n阳光家园,西湖区文三路\n".getBytes(Charset.forName("GBK")));
        assertThat(read(file)).containsExactly("#1:项目名称|地址", "#2:阳光家园|西湖区文三路");
    }

    @Test
    void brokenAndOldFilesAreRefusedClearly() throws Exception {
        Path zip = dir.resolve("broken.xlsx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> read(zip)).isInstanceOf(SpreadsheetReader.UnreadableFileException.class)
                .extracting(e -> ((SpreadsheetReader.UnreadableFileException) e).messageKey())
                .isEqualTo("import.file.broken");

        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0});
        assertThatThrownBy(() -> read(xls)).extracting(e -> ((SpreadsheetReader.UnreadableFileException) e).messageKey())
                .isEqualTo("import.file.xls");

        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> read(empty)).extracting(e -> ((SpreadsheetReader.UnreadableFileException) e).messageKey())
                .isEqualTo("import.file.empty");
    }
}
