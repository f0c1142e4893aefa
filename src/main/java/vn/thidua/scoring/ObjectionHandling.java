package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.Actor;
import vn.thidua.scoring.domain.ObjectionState;
import vn.thidua.scoring.domain.ScoringRound;
import vn.thidua.scoring.internal.ResultStore;

/**
 * After the consolidation a member questions its own result within the window; the leader answers
 * (the board answers the leader's), and an answer with points changes the final score, audited.
 */
@Service
public class ObjectionHandling {

    private final ResultService results;
    private final ResultStore store;
    private final Rounds rounds;
    private final BlocService blocs;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;

    ObjectionHandling(
            ResultService results,
            ResultStore store,
            Rounds rounds,
            BlocService blocs,
            Checks checks,
            AuditLog audit,
            Clock clock) {
        this.results = results;
        this.store = store;
        this.rounds = rounds;
        this.blocs = blocs;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ResultsView.ObjectionView object(CurrentUser user, long yearId, ScoringRequests.Objection request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        LocalDate today = LocalDate.now(clock);
        rounds.check(() -> round.object(actor, today, null, null, clock.instant()));
        RoundView view = results.round(yearId);
        Checks.Collector check = checks.none();
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
        Rounds.requireVersion(round, request.version());
        Long criterionId = criterion == null ? null : criterion.id();
        long id = rounds.record(
                () -> round.object(actor, today, criterionId, request.reason().strip(), clock.instant()));
        return results.objections(scope, view).stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public ResultsView.ObjectionView answer(
            CurrentUser user, long yearId, long objectionId, ScoringRequests.Answer request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        rounds.check(() -> round.requireAnswerable(actor));
        RoundView view = results.round(yearId);
        ResultStore.ObjectionRow row = store.objection(yearId, objectionId)
                .orElseThrow(() -> checks.notFound("objection.notFound", objectionId));
        ObjectionState objection =
                new ObjectionState(row.id(), row.unitId(), row.criterionId(), row.answeredAt() != null, row.version());
        rounds.check(() -> round.answer(actor, objection, null, null, 0, clock.instant()));
        Checks.Collector check = checks.none();
        StepInputs.reason(check, "answer", request.answer(), "objection.answer.required");
        BigDecimal points = null;
        if (request.points() != null && !request.points().isBlank()) {
            if (objection.criterionId() == null) {
                check.reject("points", "objection.points.noCriterion");
            } else {
                points = StepInputs.points(check, "points", request.points(), view.criterion(objection.criterionId()));
            }
        }
        StepInputs.version(check, request.version());
        check.throwIfInvalid();
        BigDecimal newPoints = points;
        String answer = request.answer().strip();
        rounds.record(() -> round.answer(actor, objection, answer, newPoints, request.version(), clock.instant()));
        if (newPoints != null) {
            audit.record(AuditEvent.by(
                    user,
                    AuditAction.SCORE_CHANGED,
                    scope.bloc().authorityId(),
                    "năm thi đua " + yearId + ", đơn vị " + objection.unitId(),
                    "trả lời kiến nghị " + objectionId + ": điểm tiêu chí thành " + newPoints.toPlainString()));
        }
        return results.objections(scope, view).stream()
                .filter(o -> o.id() == objectionId)
                .findFirst()
                .orElseThrow();
    }
}
