package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.ScoringRound;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.internal.RoundStore;
import vn.thidua.scoring.internal.RoundStore.SheetRow;

/**
 * The leader closes the scoring once every sheet is in and every discrepancy settled: the final table
 * is the inspections' points with the settled ones in their place, written once, and the window for
 * objections opens.
 */
@Service
public record Consolidation(ResultService results, RoundStore store, Rounds rounds) {

    public ResultsView consolidate(CurrentUser user, long yearId, ScoringRequests.Consolidate request) {
        return rounds.step(user, yearId, step -> {
            ScoringRound round = step.round();
            rounds.check(() -> round.requireConsolidatable(step.actor()));
            RoundView view = results.round(yearId);
            List<DiscrepancyView> flags = results.discrepancies(step.scope(), view);
            ScoringRound.Readiness readiness = readiness(step.scope(), flags);
            Checks.Collector check = rounds.check();
            LocalDate from = request.objectionFrom();
            LocalDate until = request.objectionUntil();
            if (from == null) {
                check.reject("objectionFrom", "consolidate.from.required");
            }
            if (until == null) {
                check.reject("objectionUntil", "consolidate.until.required");
            } else if (from != null && until.isBefore(from)) {
                check.reject("objectionUntil", "consolidate.until.beforeFrom");
            }
            StepInputs.version(check, request.version());
            // what the year still waits for is said before a mistyped date
            rounds.check(() -> round.consolidate(step.actor(), readiness, null, null, Map.of(), 0, step.at()));
            check.throwIfInvalid();
            Map<Long, Map<Long, BigDecimal>> finals = finals(step.scope(), view, flags);
            rounds.record(() ->
                    round.consolidate(step.actor(), readiness, from, until, finals, request.version(), step.at()));
            return results.results(step.scope());
        });
    }

    private ScoringRound.Readiness readiness(BlocYearScope scope, List<DiscrepancyView> flags) {
        List<SheetRow> sheets = store.sheets(scope.year().id());
        List<String> missingSelf = new ArrayList<>();
        List<String> missingInspection = new ArrayList<>();
        for (UnitRef unit : scope.year().members()) {
            if (ResultService.sheet(sheets, SheetKind.SELF, unit.id())
                    .filter(SheetRow::submitted)
                    .isEmpty()) {
                missingSelf.add(unit.name());
            }
            if (ResultService.sheet(sheets, SheetKind.INSPECTION, unit.id())
                    .filter(SheetRow::submitted)
                    .isEmpty()) {
                missingInspection.add(unit.name());
            }
        }
        long open = flags.stream().filter(d -> !d.settled()).count();
        return new ScoringRound.Readiness(missingSelf, missingInspection, open);
    }

    /** The inspection's points, with each flagged criterion's settled points in their place. */
    private Map<Long, Map<Long, BigDecimal>> finals(BlocYearScope scope, RoundView view, List<DiscrepancyView> flags) {
        Map<Long, Map<Long, BigDecimal>> inspection = store.points(scope.year().id(), SheetKind.INSPECTION);
        Map<Long, Map<Long, BigDecimal>> finals = new HashMap<>();
        for (UnitRef unit : scope.year().members()) {
            Map<Long, BigDecimal> unitFinal = new HashMap<>();
            for (CriterionView c : view.criteria()) {
                unitFinal.put(
                        c.id(), inspection.getOrDefault(unit.id(), Map.of()).getOrDefault(c.id(), BigDecimal.ZERO));
            }
            finals.put(unit.id(), unitFinal);
        }
        flags.forEach(d -> finals.get(d.unit().id()).put(d.criterion().id(), d.resolved()));
        return finals;
    }
}
