package vn.thidua.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;

/**
 * The files users may attach as evidence: PDF, Word, Excel and images, known by their name, by the
 * bytes they start with, and by their whole structure (a PDF that PDFBox opens, an image that
 * ImageIO decodes, a Word or Excel package with its main part), so that a renamed file, or "%PDF"
 * followed by a web page, is refused.
 */
public final class FileKinds {

    /** Extension → content type and the bytes such a file starts with. */
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            "docx",
                    new Kind(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            new byte[] {'P', 'K', 3, 4}),
            "xlsx",
                    new Kind(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            new byte[] {'P', 'K', 3, 4}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

    private record Kind(String contentType, byte[] magic) {}

    private FileKinds() {}

    /** The content type of an accepted file; empty when its name or its content is not one of the kinds. */
    public static Optional<String> contentType(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Kind kind = KINDS.get(extension);
        return kind != null && content != null && startsWith(content, kind.magic()) && wellFormed(extension, content)
                ? Optional.of(kind.contentType())
                : Optional.empty();
    }

    private static boolean wellFormed(String extension, byte[] content) {
        try {
            return switch (extension) {
                case "pdf" -> {
                    // counted in constant memory before PDFBox, which would inflate a bomb whole
                    if (!PdfScreen.screen(content, PdfScreen.Limits.DEFAULT).accepted()) {
                        yield false;
                    }
                    try (var pdf = Loader.loadPDF(content)) {
                        yield pdf.getNumberOfPages() > 0;
                    }
                }
                case "png", "jpg", "jpeg" -> ImageIO.read(new ByteArrayInputStream(content)) != null;
                case "docx" -> hasParts(content, "word/document.xml");
                case "xlsx" -> hasParts(content, "xl/workbook.xml");
                default -> false;
            };
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** An Office package: a zip with its content types and its main part (names only, nothing inflated). */
    private static boolean hasParts(byte[] content, String main) throws IOException {
        boolean types = false;
        boolean part = false;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                types |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().equals(main);
            }
        }
        return types && part;
    }

    /**
     * A file name fit to store and to show: no folder, no control or direction-changing characters
     * (a right-to-left override makes "hoso\u202efdp.exe" look like "hosoexe.pdf"), composed (NFC), at most
     * 200 characters keeping the extension.
     */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").replaceAll("\\s+", " ").strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isEmpty() ? "tep" : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
