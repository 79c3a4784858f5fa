package org.anju.kernel.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a spreadsheet row by row without holding the file in memory: .xlsx through a streaming reader (every sheet,
 * in order), CSV as one sheet whose name is empty (the caller recognises it by its header). CSV may be UTF-8 (with or
 * without BOM) or GB18030 (what Excel writes on Chinese Windows). Row numbers are those a user sees in Excel (1-based).
 */
@ApplicationScoped
public class SpreadsheetReader {

    /** What kind of file it is. */
    public enum Format { XLSX, CSV }

    /** Receives rows; return false to stop reading. */
    @FunctionalInterface
    public interface RowHandler {
        boolean row(String sheet, int rowNumber, List<String> cells);
    }

    /** A file that cannot be read as a spreadsheet, with the message key that says why. */
    public static class UnreadableFileException extends Exception {
        private final String messageKey;

        public UnreadableFileException(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public Format detect(Path file) throws IOException, UnreadableFileException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            throw new UnreadableFileException("import.file.empty", null);
        }
        if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
            return Format.XLSX;
        }
        if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
            throw new UnreadableFileException("import.file.xls", null);
        }
        return Format.CSV;
    }

    public void read(Path file, RowHandler handler) throws IOException, UnreadableFileException {
        if (detect(file) == Format.XLSX) {
            readXlsx(file, handler);
        } else {
            readCsv(file, handler);
        }
    }

    private void readXlsx(Path file, RowHandler handler) throws UnreadableFileException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (Iterator<Sheet> sheets = wb.getSheets().iterator(); sheets.hasNext(); ) {
                Sheet sheet = sheets.next();
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                        Row row = it.next();
                        List<String> cells = new ArrayList<>(row.getCellCount());
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(text(row.getCell(i)));
                        }
                        if (!handler.row(sheet.getName(), row.getRowNum(), cells)) {
                            return;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("import.file.broken", e);
        }
    }

    private void readCsv(Path file, RowHandler handler) throws IOException, UnreadableFileException {
        Charset charset = charsetOf(file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            int rowNumber = 0;
            for (CSVRecord record : parser) {
                rowNumber++;
                List<String> cells = new ArrayList<>(record.size());
                for (String v : record) {
                    cells.add(v);
                }
                if (rowNumber == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                    cells.set(0, cells.get(0).substring(1));
                }
                if (!handler.row("", rowNumber, cells)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("import.file.broken", e);
        }
    }

    static Charset charsetOf(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(64 * 1024);
        }
        int end = sample.length;
        // do not judge by a multi-byte character cut at the end of the sample
        while (end > 0 && end > sample.length - 4 && (sample[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (sample[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.EMPTY) {
            return "";
        }
        String t = cell.getText();
        return t == null ? "" : t;
    }
}
