package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.thidua.org.UnitRef;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.RankedUnit;
import vn.thidua.scoring.domain.Stage;

/** The consolidated table of a bloc year: each unit's final points per criterion, ranked; objections; changes. */
public record ResultsView(RoundView round, List<Row> rows, List<ObjectionView> objections, List<ChangeView> changes) {

    public record Row(RankedUnit rank, UnitRef unit, Map<Long, BigDecimal> points) {

        public BigDecimal points(CriterionView criterion) {
            return points.get(criterion.id());
        }
    }

    public record ObjectionView(
            long id,
            UnitRef unit,
            CriterionView criterion,
            String reason,
            String raisedBy,
            Instant raisedAt,
            String answer,
            String answeredBy,
            Instant answeredAt,
            long version) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    public record ChangeView(
            UnitRef unit,
            String criterionCode,
            BigDecimal oldPoints,
            BigDecimal newPoints,
            String reason,
            String stage,
            String changedBy,
            Instant changedAt) {}

    public boolean consolidated() {
        return round.stage() != Stage.SCORING;
    }

    public BigDecimal maxTotal() {
        return rows.stream()
                .map(r -> r.rank().total().total())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
