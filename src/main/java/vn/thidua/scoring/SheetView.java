package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.thidua.org.UnitRef;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.SheetKind;

/** One score sheet with a line per criterion of the bloc year's table (points null while not filled). */
public record SheetView(
        Long id,
        SheetKind kind,
        UnitRef unit,
        UnitRef scorer,
        boolean submitted,
        Instant submittedAt,
        String submittedBy,
        long version,
        List<Line> lines) {

    public record Line(CriterionView criterion, BigDecimal points, String comment, List<EvidenceView> evidence) {}

    public record EvidenceView(
            long id,
            Long criterionId,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {}

    public int filled() {
        return (int) lines.stream().filter(l -> l.points() != null).count();
    }
}
