package vn.thidua.scoring;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.ObjectionState;
import vn.thidua.scoring.internal.ResultStore;

/**
 * After the consolidation a member questions its own result within the window; the leader answers
 * (the board answers the leader's), and an answer with points changes the final score, audited.
 */
@Service
public record ObjectionHandling(ResultService results, ResultStore store, Rounds rounds) {

    public ResultsView.ObjectionView object(CurrentUser user, long yearId, ScoringRequests.Objection request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().object(step.actor(), step.today(), null, null, step.at()));
            RoundView view = results.round(yearId);
            Checks.Collector check = rounds.check();
            CriterionView criterion = null;
            if (request.criterionCode() != null && !request.criterionCode().isBlank()) {
                criterion = view.criterion(request.criterionCode());
                if (criterion == null) {
                    check.reject(
                            "criterionCode",
                            "sheet.code.unknown",
                            "",
                            request.criterionCode().strip());
                }
            }
            StepInputs.reason(check, "reason", request.reason(), "objection.reason.required");
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            Rounds.requireVersion(step.round(), request.version());
            Long criterionId = criterion == null ? null : criterion.id();
            String reason = request.reason().strip();
            long id = rounds.record(
                    () -> step.round().object(step.actor(), step.today(), criterionId, reason, step.at()));
            return objection(step, view, id);
        });
    }

    public ResultsView.ObjectionView answer(
            CurrentUser user, long yearId, long objectionId, ScoringRequests.Answer request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().requireAnswerable(step.actor()));
            RoundView view = results.round(yearId);
            ResultStore.ObjectionRow row = store.objection(yearId, objectionId)
                    .orElseThrow(() -> rounds.notFound("objection.notFound", objectionId));
            ObjectionState objection = new ObjectionState(
                    row.id(), row.unitId(), row.criterionId(), row.answeredAt() != null, row.version());
            rounds.check(() -> step.round().answer(step.actor(), objection, null, null, 0, step.at()));
            Checks.Collector check = rounds.check();
            StepInputs.reason(check, "answer", request.answer(), "objection.answer.required");
            BigDecimal points = null;
            if (request.points() != null && !request.points().isBlank()) {
                if (objection.criterionId() == null) {
                    check.reject("points", "objection.points.noCriterion");
                } else {
                    points = StepInputs.points(
                            check, "points", request.points(), view.criterion(objection.criterionId()));
                }
            }
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            BigDecimal newPoints = points;
            String answer = request.answer().strip();
            rounds.record(() ->
                    step.round().answer(step.actor(), objection, answer, newPoints, request.version(), step.at()));
            if (newPoints != null) {
                rounds.scoreChanged(
                        step,
                        objection.unitId(),
                        "trả lời kiến nghị " + objectionId + ": điểm tiêu chí thành " + newPoints.toPlainString());
            }
            return objection(step, view, objectionId);
        });
    }

    private ResultsView.ObjectionView objection(Rounds.Step step, RoundView view, long id) {
        return results.objections(step.scope(), view).stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
