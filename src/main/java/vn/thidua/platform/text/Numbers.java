package vn.thidua.platform.text;

import java.math.BigDecimal;
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
