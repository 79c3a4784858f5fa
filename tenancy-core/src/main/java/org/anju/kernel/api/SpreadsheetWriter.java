package org.anju.kernel.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes .xlsx workbooks as a stream (tens of thousands of rows without holding them): header row bold, frozen. */
@ApplicationScoped
public class SpreadsheetWriter {

    /** Rows of one sheet, pulled as they are written. */
    public interface SheetSource {
        String name();

        List<String> headers();

        List<Double> widths();

        /** Calls {@code row} for every data row, in order. */
        void rows(RowSink row) throws IOException;
    }

    /** Receives one data row. */
    @FunctionalInterface
    public interface RowSink {
        void accept(List<Object> cells) throws IOException;
    }

    /** A sheet of rows already in memory (lists of a few thousand rows). */
    public static SheetSource sheet(String name, List<String> headers, List<Double> widths, List<List<Object>> data) {
        return new SheetSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> headers() {
                return headers;
            }

            @Override
            public List<Double> widths() {
                return widths;
            }

            @Override
            public void rows(RowSink row) throws IOException {
                for (List<Object> cells : data) {
                    row.accept(cells);
                }
            }
        };
    }

    public void write(OutputStream out, List<SheetSource> sheets) throws IOException {
        Workbook wb = new Workbook(out, "Anju", "1.0");
        for (SheetSource source : sheets) {
            Worksheet ws = wb.newWorksheet(source.name());
            List<String> headers = source.headers();
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().fillColor("E5EEF5").set();
                if (c < source.widths().size()) {
                    ws.width(c, source.widths().get(c));
                }
            }
            ws.freezePane(0, 1);
            int[] r = {1};
            source.rows(cells -> {
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof BigDecimal d) {
                        ws.value(r[0], c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r[0], c, n);
                    } else {
                        ws.value(r[0], c, String.valueOf(v));
                    }
                }
                r[0]++;
                if (r[0] % 5000 == 0) {
                    ws.flush();
                }
            });
            ws.finish();
        }
        wb.finish();
    }
}
