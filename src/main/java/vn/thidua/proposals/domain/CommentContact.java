package vn.thidua.proposals.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a commenter can be answered, in one form whatever way it was typed: a Vietnamese phone number
 * as +84… ("0912 345 678", "+84 912.345.678" and "84912345678" are one contact), another country's
 * number as typed without separators, an e-mail address in lower case. The per-contact limit counts
 * this form, so writing a number differently is not a way around it.
 */
public record CommentContact(String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public static Optional<CommentContact> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 200) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (EMAIL.matcher(text).matches()) {
            return Optional.of(new CommentContact(text.toLowerCase(Locale.ROOT)));
        }
        String number = SEPARATORS.matcher(text).replaceAll("");
        if (!DIGITS.matcher(number).matches()) {
            return Optional.empty();
        }
        if (number.startsWith("+")) {
            return Optional.of(new CommentContact(number));
        }
        if (number.startsWith("84") && (number.length() == 11 || number.length() == 12)) {
            return Optional.of(new CommentContact("+" + number));
        }
        if (number.startsWith("0") && (number.length() == 10 || number.length() == 11)) {
            return Optional.of(new CommentContact("+84" + number.substring(1)));
        }
        return Optional.of(new CommentContact(number));
    }
}
