package vn.thidua.scoring;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;

/** The board locks the year's results once the window has ended; after that only it adjusts a score, audited. */
@Service
public record ResultLock(ResultService results, Rounds rounds) {

    public ResultsView lock(CurrentUser user, long yearId, ScoringRequests.RoundStep request) {
        return rounds.step(user, yearId, step -> {
            long open = results.openObjections(yearId);
            rounds.check(() -> step.round().lock(step.actor(), step.today(), open, 0, step.at()));
            Checks.Collector check = rounds.check();
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            rounds.record(() -> step.round().lock(step.actor(), step.today(), open, request.version(), step.at()));
            return results.results(step.scope());
        });
    }

    public ResultsView adjust(CurrentUser user, long yearId, ScoringRequests.Adjust request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().requireAdjustable(step.actor()));
            RoundView view = results.round(yearId);
            Checks.Collector check = rounds.check();
            if (request.unitId() == null || !step.scope().isMember(request.unitId())) {
                check.reject("unitId", "adjust.unit.required");
            }
            CriterionView criterion = request.criterionCode() == null ? null : view.criterion(request.criterionCode());
            if (criterion == null) {
                String code = request.criterionCode() == null ? "" : request.criterionCode();
                check.reject("criterionCode", "sheet.code.unknown", "", code);
            }
            BigDecimal points =
                    criterion == null ? null : StepInputs.points(check, "points", request.points(), criterion);
            StepInputs.reason(check, "reason", request.reason(), "adjust.reason.required");
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            Rounds.requireVersion(step.round(), request.version());
            String reason = request.reason().strip();
            rounds.record(() ->
                    step.round().adjust(step.actor(), request.unitId(), criterion.id(), points, reason, step.at()));
            rounds.scoreChanged(
                    step,
                    request.unitId(),
                    "điều chỉnh sau khi khóa: tiêu chí " + criterion.code() + " thành " + points.toPlainString()
                            + "; lý do: " + reason);
            return results.results(step.scope());
        });
    }
}
