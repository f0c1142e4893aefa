package vn.thidua.proposals;

import java.util.Locale;
import java.util.Map;

/** The files a dossier takes, known by their name and their first bytes both: a renamed file is refused. */
final class EvidenceTypes {

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private EvidenceTypes() {
    }

    /** The content type, or null when the name or the content is not one of the accepted kinds. */
    static String contentType(String fileName, byte[] content) {
        if (fileName == null || content == null || content.length < 4 || !fileName.contains(".")) {
            return null;
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return null;
        }
        boolean matches = switch (extension) {
            case "pdf" -> starts(content, '%', 'P', 'D', 'F');
            case "jpg", "jpeg" -> (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8;
            case "png" -> (content[0] & 0xFF) == 0x89 && starts(content, 0x89, 'P', 'N', 'G');
            default -> starts(content, 'P', 'K', 3, 4);
        };
        return matches ? type : null;
    }

    private static boolean starts(byte[] content, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
