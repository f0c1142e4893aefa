package vn.thidua.documents.render;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.thidua.documents.domain.Certificate;

/**
 * Certificates on landscape A4, one page each, drawn directly with PDFBox (no layout engine) so
 * that a thousand go into one PDF in seconds; the fonts are embedded once, as subsets, and pages
 * are buffered in a temporary file rather than on the heap.
 */
public final class CertificateWriter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color RED = new Color(0xA5, 0x0E, 0x0E);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x2C);

    private CertificateWriter() {}

    public static void write(Certificate.Batch batch, OutputStream out) {
        RandomAccessStreamCache.StreamCacheCreateFunction cache = MemoryUsageSetting.setupTempFileOnly().streamCache;
        try (PDDocument doc = new PDDocument(cache)) {
            Map<Fonts.Face, PDType0Font> fonts = new EnumMap<>(Fonts.Face.class);
            for (Fonts.Face face : Fonts.Face.values()) {
                try (InputStream in = face.open()) {
                    fonts.put(face, PDType0Font.load(doc, in));
                }
            }
            for (Certificate certificate : batch.certificates()) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    draw(s, fonts, batch, certificate);
                }
            }
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream s, Map<Fonts.Face, PDType0Font> f, Certificate.Batch b, Certificate c)
            throws IOException {
        float w = PAGE.getWidth();
        float h = PAGE.getHeight();
        frame(s, w, h);
        PDType0Font bold = f.get(Fonts.Face.BOLD);
        PDType0Font italic = f.get(Fonts.Face.ITALIC);
        PDType0Font regular = f.get(Fonts.Face.REGULAR);
        centred(s, bold, 14, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w / 2, h - 70, Color.BLACK);
        centred(s, bold, 13, "Độc lập - Tự do - Hạnh phúc", w / 2, h - 88, Color.BLACK);
        float motto = bold.getStringWidth("Độc lập - Tự do - Hạnh phúc") / 1000 * 13;
        line(s, w / 2 - motto / 2, h - 96, w / 2 + motto / 2, h - 96);
        float y = h - 125;
        for (String line : wrap(bold, 15, b.conferredBy().toUpperCase(), w - 200)) {
            centred(s, bold, 15, line, w / 2, y, Color.BLACK);
            y -= 19;
        }
        centred(s, bold, 44, b.kind().title(), w / 2, y - 42, RED);
        centred(s, italic, 17, "Tặng", w / 2, y - 78, Color.BLACK);
        y -= 112;
        for (String line : wrap(bold, 26, c.recipient(), w - 180)) {
            centred(s, bold, 26, line, w / 2, y, RED);
            y -= 30;
        }
        if (c.unit() != null && !c.unit().isBlank()) {
            for (String line : wrap(regular, 16, c.unit(), w - 200)) {
                centred(s, regular, 16, line, w / 2, y, Color.BLACK);
                y -= 20;
            }
        }
        y -= 6;
        for (String line : wrap(italic, 16, c.achievement(), w - 220)) {
            centred(s, italic, 16, line, w / 2, y, Color.BLACK);
            y -= 20;
        }
        float bottom = 118;
        left(s, regular, 12, c.decision(), 80, bottom - 30);
        if (c.number() != null && !c.number().isBlank()) {
            left(s, regular, 12, "Số: " + c.number(), 80, bottom - 46);
        }
        float signX = w - 235;
        centred(s, italic, 14, b.placeAndDate(), signX, bottom + 22, Color.BLACK);
        float titleY = bottom + 4;
        for (String line : b.signerTitleLines()) {
            centred(s, bold, 14, line, signX, titleY, Color.BLACK);
            titleY -= 17;
        }
        centred(s, bold, 15, b.signerName(), signX, bottom - 62, Color.BLACK);
    }

    private static void frame(PDPageContentStream s, float w, float h) throws IOException {
        s.setStrokingColor(RED);
        s.setLineWidth(6);
        s.addRect(24, 24, w - 48, h - 48);
        s.stroke();
        s.setStrokingColor(GOLD);
        s.setLineWidth(1.5f);
        s.addRect(36, 36, w - 72, h - 72);
        s.stroke();
        s.setStrokingColor(Color.BLACK);
        s.setLineWidth(0.75f);
    }

    private static void line(PDPageContentStream s, float x1, float y, float x2, float y2) throws IOException {
        s.moveTo(x1, y);
        s.lineTo(x2, y2);
        s.stroke();
    }

    private static void centred(
            PDPageContentStream s, PDType0Font font, float size, String text, float cx, float y, Color color)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        s.beginText();
        s.setNonStrokingColor(color);
        s.setFont(font, size);
        s.newLineAtOffset(cx - width / 2, y);
        s.showText(text);
        s.endText();
    }

    private static void left(PDPageContentStream s, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        s.beginText();
        s.setNonStrokingColor(Color.BLACK);
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** Words to lines no wider than {@code max} points. */
    static List<String> wrap(PDType0Font font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > max && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
