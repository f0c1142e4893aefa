package vn.thidua.onboarding;

/** How the import compares a cell's text with the registry's. */
final class Texts {

    private Texts() {}

    /** A blank cell is no value (null); otherwise the text without surrounding spaces. */
    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean sameIgnoringCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
