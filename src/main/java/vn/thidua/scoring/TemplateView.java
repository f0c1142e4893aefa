package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.thidua.scoring.domain.CompletionBand;
import vn.thidua.scoring.domain.Criterion;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.TieBreak;

/** A version of a board's scoring table; once published it is read-only and bloc years may use it. */
public record TemplateView(
        long id,
        long authorityId,
        String authorityName,
        int year,
        int versionNo,
        String name,
        BigDecimal bonusCap,
        BigDecimal penaltyCap,
        BigDecimal discrepancyPoints,
        BigDecimal discrepancyPercent,
        List<TieBreak> tieBreaks,
        List<CriterionView> criteria,
        List<CompletionBand> bands,
        Instant publishedAt,
        long version) {

    public boolean published() {
        return publishedAt != null;
    }

    public BigDecimal scoredMax() {
        return criteria.stream()
                .filter(c -> c.kind() == CriterionKind.SCORED)
                .map(CriterionView::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public record CriterionView(
            Long id,
            String code,
            String group,
            String name,
            CriterionKind kind,
            BigDecimal maxPoints,
            String guidance,
            String evidence) {

        public Criterion criterion() {
            return new Criterion(code, group, name, kind, maxPoints);
        }
    }
}
