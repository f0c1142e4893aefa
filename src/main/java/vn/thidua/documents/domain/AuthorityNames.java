package vn.thidua.documents.domain;

import java.util.Locale;

/**
 * An authority's name as documents use it: "Tỉnh Lạng Sơn" is "tỉnh Lạng Sơn" inside a sentence
 * ("Ủy ban nhân dân tỉnh Lạng Sơn") and "Lạng Sơn" as the place on the date line.
 */
public final class AuthorityNames {

    private static final String[] KINDS = {"Tỉnh ", "Thành phố ", "Bộ "};

    private AuthorityNames() {}

    /** Inside a sentence: the kind word in lower case ("tỉnh Lạng Sơn"); a ministry keeps its name. */
    public static String inSentence(String name) {
        for (String kind : KINDS) {
            if (name.startsWith(kind) && !kind.equals("Bộ ")) {
                return kind.toLowerCase() + name.substring(kind.length());
            }
        }
        return name;
    }

    /** The place of the date line: a province's name without its kind word ("Lạng Sơn"); a ministry's seat, Hà Nội. */
    public static String place(String name) {
        if (name.startsWith("Bộ ")) {
            return "Hà Nội";
        }
        for (String kind : KINDS) {
            if (name.startsWith(kind)) {
                return name.substring(kind.length());
            }
        }
        return name;
    }

    /**
     * The symbol of the authority's award decisions: "QĐ-UBND" for a province, "QĐ-BTP" for the Ministry of Justice.
     */
    public static String decisionSymbol(String name, boolean province) {
        if (province) {
            return "QĐ-UBND";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return "QĐ-" + initials;
    }

    /** Who signs the authority's award decisions: "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Bộ trưởng Bộ Tư pháp". */
    public static String decider(String name, boolean province) {
        return province ? "Chủ tịch Ủy ban nhân dân " + inSentence(name) : "Bộ trưởng " + name;
    }

    /** The issuing body at the top left of its decisions: "Ủy ban nhân dân tỉnh Lạng Sơn", or the ministry. */
    public static String issuingBody(String name, boolean province) {
        return province ? "Ủy ban nhân dân " + inSentence(name) : name;
    }

    /**
     * The parent body line above a unit's own name on its documents (Decree 30/2020, Appendix I):
     * "UBND TỈNH LẠNG SƠN" above "SỞ TÀI CHÍNH", "BỘ TƯ PHÁP" above a ministry's department. The
     * decree allows the parent's name abbreviated, as offices write it.
     */
    public static String parentLine(String name, boolean province) {
        return (province ? "UBND " + inSentence(name) : name).toUpperCase(Locale.ROOT);
    }
}
