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
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(value < 10 ? 1 : 0, java.math.RoundingMode.HALF_UP);
        return text(rounded);
    }
}
