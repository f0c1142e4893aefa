package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.CompletionBand;
import vn.thidua.scoring.domain.Criterion;
import vn.thidua.scoring.domain.DiscrepancyRule;
import vn.thidua.scoring.domain.Stage;
import vn.thidua.scoring.domain.TieBreak;

/** A bloc year's scoring: the copy of the template version it uses, and how far the year has gone. */
public record RoundView(
        long blocYearId,
        Long templateId,
        String templateName,
        int templateVersionNo,
        BigDecimal bonusCap,
        BigDecimal penaltyCap,
        BigDecimal discrepancyPoints,
        BigDecimal discrepancyPercent,
        List<TieBreak> tieBreaks,
        Stage stage,
        Instant inspectionOpenedAt,
        Instant consolidatedAt,
        LocalDate objectionFrom,
        LocalDate objectionUntil,
        Instant lockedAt,
        String lockedBy,
        List<CriterionView> criteria,
        List<CompletionBand> bands,
        long version) {

    public boolean inspectionOpen() {
        return inspectionOpenedAt != null;
    }

    public DiscrepancyRule discrepancyRule() {
        return new DiscrepancyRule(discrepancyPoints, discrepancyPercent);
    }

    public List<Criterion> domainCriteria() {
        return criteria.stream().map(CriterionView::criterion).toList();
    }

    public CriterionView criterion(String code) {
        return criteria.stream()
                .filter(c -> c.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElse(null);
    }

    public CriterionView criterion(long id) {
        return criteria.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    public boolean objectionWindowOpen(LocalDate today) {
        return stage == Stage.CONSOLIDATED
                && objectionFrom != null
                && !today.isBefore(objectionFrom)
                && !today.isAfter(objectionUntil);
    }
}
