package vn.thidua.scoring;

import java.math.BigDecimal;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;

/** The checks of typed input that several steps share: a reason, points, the version read. */
final class StepInputs {

    private StepInputs() {}

    static void reason(Checks.Collector check, String field, String text, String code) {
        if (text == null || text.isBlank()) {
            check.reject(field, code);
        } else if (text.length() > TextLimits.REASON) {
            check.reject(field, "reason.tooLong", TextLimits.text(TextLimits.REASON));
        }
    }

    static BigDecimal points(Checks.Collector check, String field, String text, CriterionView criterion) {
        if (text == null || text.isBlank()) {
            check.reject(field, "points.required");
        }
        return PointsText.parse(check, field, "", text, criterion);
    }

    /** A write names the version it read, so that it never silently overwrites a change it has not seen. */
    static void version(Checks.Collector check, Long version) {
        if (version == null) {
            check.reject("version", "problem.versionRequired");
        }
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
