package vn.thidua.documents.render;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import vn.thidua.documents.domain.BlankLayout;
import vn.thidua.documents.domain.BlankLayout.Placement;
import vn.thidua.documents.domain.Certificate;

/**
 * Certificates printed onto pre-printed blanks: a page of the blank's own size per recipient with
 * only the fields, each in its box of the layout; and the calibration page, printed on plain paper
 * at actual size and held against a blank, which draws a millimetre grid and every box with a
 * sample text, so that a board sees where each line will fall before it spends a blank.
 */
public final class BlankWriter {

    /** PDF points per millimetre. */
    static final float PT_PER_MM = 72f / 25.4f;

    private static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    private static final Color BOX = new Color(0x1F, 0x6F, 0xD1);

    private BlankWriter() {}

    public static void print(BlankLayout layout, Certificate.Batch batch, OutputStream out) {
        write(layout, out, (doc, fonts) -> {
            for (Certificate certificate : batch.certificates()) {
                PDPage page = new PDPage(size(layout));
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (Placement p : layout.placements()) {
                        if (p.printed()) {
                            text(s, fonts, layout, p, p.field().text(batch, certificate), Color.BLACK);
                        }
                    }
                }
            }
        });
    }

    /**
     * The calibration page: grid every 5 mm (numbered every 10 mm along the top and left edges), a
     * 100 mm bar to check that the printer did not scale, and each printed field's box with a sample.
     */
    public static void calibration(
            BlankLayout layout, Map<BlankLayout.Field, String> samples, String scaleNote, OutputStream out) {
        write(layout, out, (doc, fonts) -> {
            PDPage page = new PDPage(size(layout));
            doc.addPage(page);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                grid(s, fonts.get(Fonts.Face.REGULAR), box, scaleNote);
                for (Placement p : layout.placements()) {
                    if (p.printed()) {
                        frame(s, layout, p);
                        text(
                                s,
                                fonts,
                                layout,
                                p,
                                samples.getOrDefault(p.field(), p.field().name()),
                                BOX);
                    }
                }
            }
        });
    }

    private interface Pages {
        void add(PDDocument doc, Map<Fonts.Face, PDType0Font> fonts) throws IOException;
    }

    private static void write(BlankLayout layout, OutputStream out, Pages pages) {
        RandomAccessStreamCache.StreamCacheCreateFunction cache = MemoryUsageSetting.setupTempFileOnly().streamCache;
        try (PDDocument doc = new PDDocument(cache)) {
            Map<Fonts.Face, PDType0Font> fonts = new EnumMap<>(Fonts.Face.class);
            for (Fonts.Face face : List.of(Fonts.Face.REGULAR, Fonts.Face.BOLD, Fonts.Face.ITALIC)) {
                try (InputStream in = face.open()) {
                    fonts.put(face, PDType0Font.load(doc, in));
                }
            }
            pages.add(doc, fonts);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDRectangle size(BlankLayout layout) {
        return new PDRectangle(pt(layout.widthMm()), pt(layout.heightMm()));
    }

    static float pt(BigDecimal mm) {
        return mm.floatValue() * PT_PER_MM;
    }

    /** The field's lines, wrapped to its box, the first on the box's baseline. */
    private static void text(
            PDPageContentStream s,
            Map<Fonts.Face, PDType0Font> fonts,
            BlankLayout layout,
            Placement p,
            String text,
            Color color)
            throws IOException {
        if (text.isBlank()) {
            return;
        }
        PDType0Font font = fonts.get(face(p.face()));
        float size = p.sizePt().floatValue();
        float left = pt(p.xMm());
        float width = pt(p.widthMm());
        float y = pt(layout.heightMm()) - pt(p.yMm());
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            lines.addAll(CertificateWriter.wrap(font, size, paragraph, width));
        }
        for (String line : lines) {
            float lineWidth = font.getStringWidth(line) / 1000 * size;
            float x = p.align() == BlankLayout.Align.CENTRE ? left + (width - lineWidth) / 2 : left;
            s.beginText();
            s.setNonStrokingColor(color);
            s.setFont(font, size);
            s.newLineAtOffset(x, y);
            s.showText(line);
            s.endText();
            y -= size * 1.25f;
        }
    }

    private static void frame(PDPageContentStream s, BlankLayout layout, Placement p) throws IOException {
        float size = p.sizePt().floatValue();
        float baseline = pt(layout.heightMm()) - pt(p.yMm());
        s.setStrokingColor(BOX);
        s.setLineWidth(0.6f);
        s.addRect(pt(p.xMm()), baseline - size * 0.3f, pt(p.widthMm()), size * 1.3f);
        s.stroke();
        // the baseline itself, where the letters sit
        s.moveTo(pt(p.xMm()), baseline);
        s.lineTo(pt(p.xMm()) + pt(p.widthMm()), baseline);
        s.stroke();
    }

    private static void grid(PDPageContentStream s, PDType0Font font, PDRectangle box, String scaleNote)
            throws IOException {
        float w = box.getWidth();
        float h = box.getHeight();
        s.setStrokingColor(GRID);
        s.setNonStrokingColor(Color.GRAY);
        for (int mm = 5; mm * PT_PER_MM < w; mm += 5) {
            s.setLineWidth(mm % 10 == 0 ? 0.4f : 0.15f);
            s.moveTo(mm * PT_PER_MM, 0);
            s.lineTo(mm * PT_PER_MM, h);
            s.stroke();
            if (mm % 10 == 0) {
                label(s, font, String.valueOf(mm), mm * PT_PER_MM + 1, h - 8);
            }
        }
        for (int mm = 5; mm * PT_PER_MM < h; mm += 5) {
            s.setLineWidth(mm % 10 == 0 ? 0.4f : 0.15f);
            s.moveTo(0, h - mm * PT_PER_MM);
            s.lineTo(w, h - mm * PT_PER_MM);
            s.stroke();
            if (mm % 10 == 0) {
                label(s, font, String.valueOf(mm), 2, h - mm * PT_PER_MM + 1);
            }
        }
        // 100 mm: if the printout's bar is not 100 mm, the printer scaled the page
        s.setStrokingColor(Color.BLACK);
        s.setLineWidth(1.2f);
        float y = 12 * PT_PER_MM;
        s.moveTo(20 * PT_PER_MM, y);
        s.lineTo(120 * PT_PER_MM, y);
        s.stroke();
        label(s, font, scaleNote, 20 * PT_PER_MM, y + 3);
    }

    private static void label(PDPageContentStream s, PDType0Font font, String text, float x, float y)
            throws IOException {
        s.beginText();
        s.setFont(font, 6);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static Fonts.Face face(BlankLayout.Typeface face) {
        return switch (face) {
            case REGULAR -> Fonts.Face.REGULAR;
            case BOLD -> Fonts.Face.BOLD;
            case ITALIC -> Fonts.Face.ITALIC;
        };
    }
}
