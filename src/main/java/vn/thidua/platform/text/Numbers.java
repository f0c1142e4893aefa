package vn.thidua.platform.text;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Numbers as Vietnamese write them: a decimal comma, no trailing zeros ({@code ${@numbers.points(total)}} → "93,5"). */
@Component("numbers")
public class Numbers {

    public String points(BigDecimal value) {
        return text(value);
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
}
