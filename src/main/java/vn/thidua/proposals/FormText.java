package vn.thidua.proposals;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a form or a client sends, as the use cases read it. */
final class FormText {

    private static final Pattern CONTROL =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

    private FormText() {}

    /** Text from a form, trimmed; control characters (which no document can hold) removed, lines kept. */
    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String clean = CONTROL.matcher(s).replaceAll("");
        return clean.isBlank() ? null : clean.strip();
    }

    /** An enum's code as sent, in any case; null when absent or unknown (the use case names the field). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
