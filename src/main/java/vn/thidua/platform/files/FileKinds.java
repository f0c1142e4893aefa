package vn.thidua.platform.files;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files users may attach as evidence: PDF, Word, Excel and images, known by their name and by
 * the bytes they start with, so that a renamed file is refused.
 */
public final class FileKinds {

    /** Extension → content type and the bytes such a file starts with. */
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4}),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

    private record Kind(String contentType, byte[] magic) {
    }

    private FileKinds() {
    }

    /** The content type of an accepted file; empty when its name or its content is not one of the kinds. */
    public static Optional<String> contentType(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Kind kind = KINDS.get(extension);
        return kind != null && content != null && startsWith(content, kind.magic()) ? Optional.of(kind.contentType())
                : Optional.empty();
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
