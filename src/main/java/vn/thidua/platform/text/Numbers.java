package vn.thidua.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * Numbers as Vietnamese write them: a decimal comma, no trailing zeros ({@code ${@numbers.points(total)}} → "93,5"),
 * and, for values that may be large, a dot between thousands ({@code ${@numbers.value(v)}} → "1.000", "0,5", "0").
 */
@Component("numbers")
public class Numbers {

    public String points(BigDecimal value) {
        return text(value);
    }

    public String value(BigDecimal value) {
        return grouped(value);
    }

    public static String text(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= -20 || stripped.scale() > 20) {
            return stripped.toString();
        }
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped)
                .toPlainString()
                .replace('.', ',');
    }

    /**
     * A file's size as an officer reads it: "512 B" below a kilobyte (a small file is never "0 KB"),
     * then "1,5 KB", "12 KB", "3,2 MB": one decimal below ten, none above.
     */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024L * 1024) {
            return scaled(bytes / 1024.0) + " KB";
        }
        return scaled(bytes / (1024.0 * 1024)) + " MB";
    }

    private static String scaled(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(value < 10 ? 1 : 0, RoundingMode.HALF_UP);
        return text(rounded);
    }

    /** As {@link #text} with the whole part in groups of three ("12.500,25"): a stored 0.0000 reads "0". */
    public static String grouped(BigDecimal value) {
        String plain = text(value);
        if (plain.isEmpty() || plain.contains("E")) {
            return plain;
        }
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int comma = digits.indexOf(',');
        String whole = comma < 0 ? digits : digits.substring(0, comma);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + out + (comma < 0 ? "" : digits.substring(comma));
    }
}
