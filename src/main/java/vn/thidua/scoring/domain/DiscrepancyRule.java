package vn.thidua.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a self-score and the inspection of the same criterion differ by more than the template's
 * threshold (in points, or in percent of the criterion's maximum), the leader must settle it.
 * A threshold left empty is not applied; with both empty any difference is flagged.
 */
public record DiscrepancyRule(BigDecimal points, BigDecimal percent) {

    public boolean flags(BigDecimal self, BigDecimal inspection, BigDecimal max) {
        BigDecimal difference = self.subtract(inspection).abs();
        if (difference.signum() == 0) {
            return false;
        }
        if (points == null && percent == null) {
            return true;
        }
        boolean overPoints = points != null && difference.compareTo(points) > 0;
        boolean overPercent = percent != null
                && max.signum() > 0
                && difference
                                .multiply(BigDecimal.valueOf(100))
                                .divide(max, 6, RoundingMode.HALF_UP)
                                .compareTo(percent)
                        > 0;
        return overPoints || overPercent;
    }
}
