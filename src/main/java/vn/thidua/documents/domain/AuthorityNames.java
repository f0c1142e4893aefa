package vn.thidua.documents.domain;

/**
 * An authority's name as documents use it: "Tỉnh Lạng Sơn" is "tỉnh Lạng Sơn" inside a sentence
 * ("Ủy ban nhân dân tỉnh Lạng Sơn") and "Lạng Sơn" as the place on the date line.
 */
public final class AuthorityNames {

    private static final String[] KINDS = {"Tỉnh ", "Thành phố ", "Bộ "};

    private AuthorityNames() {
    }

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
}
