package vn.thidua.scoring;

import java.math.BigDecimal;
import vn.thidua.platform.text.Numbers;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.ScoreRules;

/**
 * Points as an officer types them ("7,5" or "7.5"), checked against the criterion: a number, in [0, max], two decimals.
 */
final class PointsText {

    private PointsText() {}

    /** The points, or null when blank or refused (the refusal is added to the check, prefixed with {@code where}). */
    static BigDecimal parse(Checks.Collector check, String field, String where, String text, CriterionView criterion) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal points = ScoreRules.parse(text);
        if (points == null) {
            check.reject(
                    field,
                    "sheet.points.notNumber",
                    where,
                    criterion.code(),
                    text.strip().length() > 30 ? text.strip().substring(0, 30) + "…" : text.strip());
            return null;
        }
        if (!ScoreRules.withinRange(points, criterion.maxPoints())) {
            check.reject(
                    field,
                    "sheet.points.range",
                    where,
                    criterion.code(),
                    Numbers.text(points),
                    Numbers.text(criterion.maxPoints()));
            return null;
        }
        if (!ScoreRules.hasValidScale(points)) {
            check.reject(field, "sheet.points.scale", where, criterion.code());
            return null;
        }
        return points;
    }
}
