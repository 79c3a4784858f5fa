package org.anju.kernel.api;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.anju.kernel.api.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a simple archival document (title, sections of label/value rows, tables) as A4 PDF with Chinese text. The
 * CJK font is embedded (PDF readers need not have it); it is taken from {@code anju.pdf.font} or the usual Debian
 * places (fonts-noto-cjk, fonts-wqy-zenhei). Without one the answer is a clear 503, never a PDF of empty boxes.
 */
@ApplicationScoped
public class PdfDocumentWriter {

    /** A document to print. */
    public record PdfDoc(String title, String subtitle, List<Section> sections, String footer) {
    }

    /**
     * A titled block: label/value rows; a table when {@code headers} is not empty; running text (paragraphs split on
     * new lines) when {@code text} is set; a picture (PNG or JPEG, e.g. a handwritten signature) when {@code image} is.
     */
    public record Section(String title, List<String[]> rows, List<String> headers, String text, byte[] image) {

        public static Section fields(String title, List<String[]> rows) {
            return new Section(title, rows, List.of(), null, null);
        }

        public static Section table(String title, List<String> headers, List<String[]> rows) {
            return new Section(title, rows, headers, null, null);
        }

        public static Section text(String title, String text) {
            return new Section(title, List.of(), List.of(), text, null);
        }

        /** A picture with label/value rows under it (who signed, when). */
        public static Section image(String title, byte[] image, List<String[]> rows) {
            return new Section(title, rows, List.of(), null, image);
        }
    }

    private static final Logger LOG = Logger.getLogger(PdfDocumentWriter.class.getName());
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    @Inject
    @ConfigProperty(name = "anju.pdf.font")
    Optional<String> configuredFont;

    private volatile BaseFont font;

    public byte[] write(PdfDoc doc) {
        BaseFont base = font();
        Font titleFont = new Font(base, 16, Font.BOLD);
        Font headFont = new Font(base, 11, Font.BOLD, Color.WHITE);
        Font sectionFont = new Font(base, 12, Font.BOLD, new Color(0x0F, 0x3D, 0x56));
        Font labelFont = new Font(base, 9, Font.NORMAL, new Color(0x55, 0x55, 0x55));
        Font textFont = new Font(base, 9);
        Font smallFont = new Font(base, 8, Font.NORMAL, Color.GRAY);
        Font bodyFont = new Font(base, 10.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(doc.title());
        document.addCreator("Anju 安居");
        document.open();
        Paragraph title = new Paragraph(doc.title(), titleFont);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        if (doc.subtitle() != null) {
            Paragraph sub = new Paragraph(doc.subtitle(), smallFont);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(8);
            document.add(sub);
        }
        for (Section s : doc.sections()) {
            Paragraph heading = new Paragraph(s.title(), sectionFont);
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
            if (s.text() != null) {
                for (String line : s.text().split("\\r?\\n")) {
                    Paragraph p = new Paragraph(line.isEmpty() ? " " : line, bodyFont);
                    p.setLeading(16);
                    p.setSpacingAfter(2);
                    document.add(p);
                }
                continue;
            }
            if (s.image() != null) {
                document.add(picture(s.image()));
            }
            if (s.headers().isEmpty() && s.rows().isEmpty()) {
                continue;
            }
            if (s.headers().isEmpty()) {
                PdfPTable table = new PdfPTable(new float[] {1.2f, 3f, 1.2f, 3f});
                table.setWidthPercentage(100);
                for (String[] row : s.rows()) {
                    table.addCell(cell(row[0], labelFont, new Color(0xF3, 0xF4, 0xF6)));
                    table.addCell(cell(row[1], textFont, null));
                }
                if (s.rows().size() % 2 == 1) {
                    table.addCell(cell("", labelFont, new Color(0xF3, 0xF4, 0xF6)));
                    table.addCell(cell("", textFont, null));
                }
                document.add(table);
            } else if (s.rows().isEmpty()) {
                document.add(new Paragraph("—", textFont));
            } else {
                PdfPTable table = new PdfPTable(s.headers().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String h : s.headers()) {
                    table.addCell(cell(h, headFont, new Color(0x0F, 0x3D, 0x56)));
                }
                for (String[] row : s.rows()) {
                    for (String v : row) {
                        table.addCell(cell(v, textFont, null));
                    }
                }
                document.add(table);
            }
        }
        if (doc.footer() != null) {
            Paragraph footer = new Paragraph(doc.footer(), smallFont);
            footer.setSpacingBefore(12);
            document.add(footer);
        }
        document.close();
        return out.toByteArray();
    }

    private static Image picture(byte[] bytes) {
        try {
            Image image = Image.getInstance(bytes);
            image.scaleToFit(220, 90);
            image.setBorder(Image.BOX);
            image.setBorderColor(new Color(0xD1, 0xD5, 0xDB));
            image.setBorderWidth(0.5f);
            return image;
        } catch (Exception e) { // OpenPDF declares checked BadElementException and IOException
            throw new IllegalArgumentException("not a PNG or JPEG picture", e);
        }
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(4);
        c.setBorderColor(new Color(0xD1, 0xD5, 0xDB));
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private BaseFont font() {
        BaseFont f = font;
        if (f != null) {
            return f;
        }
        for (String candidate : configuredFont.map(List::of).orElse(CANDIDATES)) {
            String path = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
            if (!new File(path).isFile()) {
                continue;
            }
            try {
                f = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                font = f;
                LOG.info("PDF font: " + candidate);
                return f;
            } catch (Exception e) {
                LOG.warning("Cannot use PDF font " + candidate + ": " + e.getMessage());
            }
        }
        throw new ProblemException(503, "pdf-font-missing");
    }
}
