package vn.thidua.scoring.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The points a sheet may hold for a criterion: from 0 to its maximum, at most two decimals. */
public final class ScoreRules {

    public static final int SCALE = 2;

    private ScoreRules() {}

    private static final Pattern TYPED = Pattern.compile("\\d{1,7}([.,]\\d{1,6})?");

    /** 10.00 → 10, 7.50 → 7.5 (never 1E+1), so that points read as an officer writes them. */
    public static @Nullable BigDecimal normalize(@Nullable BigDecimal points) {
        return points == null ? null : normalized(points);
    }

    /** {@link #normalize} of points that are there. */
    public static BigDecimal normalized(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        // a huge exponent (1E+999999999) is left as it is: writing it out would take minutes and gigabytes
        return stripped.scale() < 0 && stripped.scale() > -20 ? stripped.setScale(0) : stripped;
    }

    /**
     * Points as typed ("7,5", "7.5", "12"), or null when the text is not such a number: no sign, no
     * exponent, at most seven digits before the decimal mark, so nothing typed can cost more to read
     * than a number of that size.
     */
    public static @Nullable BigDecimal parse(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        return TYPED.matcher(t).matches() ? normalized(new BigDecimal(t.replace(',', '.'))) : null;
    }

    public static boolean withinRange(BigDecimal points, BigDecimal max) {
        return points.signum() >= 0 && points.compareTo(max) <= 0;
    }

    public static boolean hasValidScale(BigDecimal points) {
        return points.stripTrailingZeros().scale() <= SCALE;
    }
}
