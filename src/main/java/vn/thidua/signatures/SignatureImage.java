package vn.thidua.signatures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The picture of a signature (Decree 30/2020, Phụ lục I): the signer's own image or a drawn box naming
 * the signer, the body and the time, in blue; with a seal, the seal's image laid over the left third
 * of the signature, so the picture is wider than the signature by the seal's overhang to the left.
 */
final class SignatureImage {

    /** Pixels per point: drawn at 4x so that the print is sharp. */
    private static final int SCALE = 4;

    private static final Color BLUE = new Color(0x1f, 0x3a, 0x93);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss XXX");

    /** The picture and how far it reaches left of the signature's own box, in points. */
    record Picture(byte[] png, float width, float height, float overhangLeft, float overhangTop) {}

    private SignatureImage() {}

    static Picture draw(Appearance a, float width, float height) {
        if (a.sealOnly()) {
            return seal(a, width, height);
        }
        float seal = a.sealImage() == null ? 0 : height * 1.45f;
        // the seal's right edge at a third of the signature: it covers that third and hangs out to the left
        float overhang = seal == 0 ? 0 : Math.max(0, seal - width / 3);
        float overTop = seal == 0 ? 0 : (seal - height) / 2;
        float w = width + overhang;
        float h = Math.max(height, seal);
        BufferedImage img = new BufferedImage(px(w), px(h), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(img);
        try {
            int sx = px(overhang);
            int sy = px(overTop);
            if (a.signerImage() != null) {
                g.drawImage(read(a.signerImage()), sx, sy, px(width), px(height), null);
            } else {
                box(g, a, sx, sy, px(width), px(height));
            }
            if (a.sealImage() != null) {
                g.drawImage(read(a.sealImage()), 0, 0, px(seal), px(seal), null);
            }
        } finally {
            g.dispose();
        }
        return new Picture(png(img), w, h, overhang, overTop);
    }

    /**
     * The body's own signature: its seal (or, without a seal image, a drawn ring naming the body and the
     * time) as large as a 36 mm seal, its right edge at a third of the person's signature box.
     */
    private static Picture seal(Appearance a, float width, float height) {
        float seal = height * 1.45f;
        BufferedImage img = new BufferedImage(px(seal), px(seal), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(img);
        try {
            if (a.sealImage() != null) {
                g.drawImage(read(a.sealImage()), 0, 0, px(seal), px(seal), null);
            } else {
                g.setColor(new Color(0xc0, 0x1c, 0x28));
                g.setStroke(new BasicStroke(SCALE * 1.2f));
                int d = px(seal) - 2 * SCALE;
                g.drawOval(SCALE, SCALE, d, d);
                // the body's name wrapped over as many lines as it needs at a size one can read (a long name shrunk
                // onto one line fell to about 3 pt), then the time; the block centred in the ring
                Font name = font(NAME_SIZE * SCALE);
                List<String> lines = new ArrayList<>(wrap(a.signerName(), g.getFontMetrics(name), d - 14 * SCALE));
                lines.add(TIME.format(a.at()));
                int lineHeight = g.getFontMetrics(name).getHeight();
                int ty = (px(seal) - lineHeight * lines.size()) / 2
                        + g.getFontMetrics(name).getAscent();
                for (String text : lines) {
                    Font f = name;
                    while (g.getFontMetrics(f).stringWidth(text) > d - 6 * SCALE && f.getSize2D() > 3 * SCALE) {
                        f = f.deriveFont(f.getSize2D() - SCALE / 2f);
                    }
                    g.setFont(f);
                    g.drawString(text, (px(seal) - g.getFontMetrics().stringWidth(text)) / 2, ty);
                    ty += lineHeight;
                }
            }
        } finally {
            g.dispose();
        }
        return new Picture(png(img), seal, seal, seal - width / 3, (seal - height) / 2);
    }

    /** Drawing on the picture with smooth edges, text and scaled images. */
    private static Graphics2D smooth(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        return g;
    }

    private static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The size of the body's name in the ring drawn without a seal image, in points. */
    static final float NAME_SIZE = 7f;

    /** Words put on lines no wider than {@code width} (a word longer than that alone on its line). */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(longer) > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * The drawn box's border, in points: wider than one pixel of a page shown at 70 dpi (1.03 pt), or a viewer that
     * shrinks the 4x picture by sampling may miss the line altogether (poppler at 70 dpi lost the right border of
     * the minutes' right-hand box, 0.8 pt wide, though the PDF holds it whole).
     */
    static final float BORDER = 1.25f;

    private static void box(Graphics2D g, Appearance a, int x, int y, int w, int h) {
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(SCALE * BORDER));
        // inset by the border and a half, and one pixel less each way: Java 2D outlines a w-wide rectangle over
        // w + 1 pixels, so the right and bottom lines would otherwise sit one pixel nearer the picture's edge
        int inset = SCALE * 3 / 2;
        g.drawRoundRect(x + inset, y + inset, w - 2 * inset - 1, h - 2 * inset - 1, 3 * SCALE, 3 * SCALE);
        Font regular = font(9f * SCALE);
        String[] lines = {
            "Ký bởi: " + a.signerName(), "Cơ quan: " + a.organisation(), "Thời gian ký: " + TIME.format(a.at())
        };
        int line = (h - 4 * SCALE) / (lines.length + 1);
        int ty = y + 2 * SCALE + line;
        for (String text : lines) {
            Font f = regular;
            while (g.getFontMetrics(f).stringWidth(text) > w - 8 * SCALE && f.getSize2D() > 4 * SCALE) {
                f = f.deriveFont(f.getSize2D() - SCALE / 2f);
            }
            g.setFont(f);
            g.drawString(text, x + 4 * SCALE, ty);
            ty += line;
        }
    }

    private static Font font(float size) {
        try (InputStream in = SignatureImage.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("LiberationSerif-Regular.ttf missing from the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most pixels a side of a signer's or a seal's picture may have: its header is read before the picture is. */
    static final int MAX_SIDE = 4000;

    private static BufferedImage read(byte[] picture) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new SigningFailure("image", "signature.image.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // a few bytes may declare a picture of gigapixels: its size is asked before it is decoded
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new SigningFailure("image", "signature.image.tooLarge");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SigningFailure failure) {
                throw failure;
            }
            throw new SigningFailure("image", "signature.image.unreadable", e);
        }
    }

    private static int px(float points) {
        return Math.max(1, Math.round(points * SCALE));
    }
}
