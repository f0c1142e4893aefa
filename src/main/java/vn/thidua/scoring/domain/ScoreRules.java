package vn.thidua.scoring.domain;

import java.math.BigDecimal;

/** The points a sheet may hold for a criterion: from 0 to its maximum, at most two decimals. */
public final class ScoreRules {

    public static final int SCALE = 2;

    private ScoreRules() {
    }

    /** 10.00 → 10, 7.50 → 7.5 (never 1E+1), so that points read as an officer writes them. */
    public static BigDecimal normalize(BigDecimal points) {
        if (points == null) {
            return null;
        }
        BigDecimal stripped = points.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static boolean withinRange(BigDecimal points, BigDecimal max) {
        return points.signum() >= 0 && points.compareTo(max) <= 0;
    }

    public static boolean hasValidScale(BigDecimal points) {
        return points.stripTrailingZeros().scale() <= SCALE;
    }
}
