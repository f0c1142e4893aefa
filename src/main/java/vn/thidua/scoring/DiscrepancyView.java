package vn.thidua.scoring;

import java.math.BigDecimal;
import vn.thidua.org.UnitRef;
import vn.thidua.scoring.TemplateView.CriterionView;

/**
 * A criterion where a unit's self-score and its inspection differ beyond the threshold, and how the leader settled it.
 */
public record DiscrepancyView(
        UnitRef unit,
        UnitRef inspector,
        CriterionView criterion,
        BigDecimal self,
        BigDecimal inspection,
        BigDecimal resolved,
        String reason,
        String resolvedBy) {

    public boolean settled() {
        return resolved != null;
    }
}
