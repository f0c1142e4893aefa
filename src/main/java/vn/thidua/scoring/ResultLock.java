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
import vn.thidua.scoring.domain.ScoringRound;
import vn.thidua.scoring.internal.ResultStore;

/** The board locks the year's results once the window has ended; after that only it adjusts a score, audited. */
@Service
public class ResultLock {

    private final ResultService results;
    private final ResultStore store;
    private final Rounds rounds;
    private final BlocService blocs;
    private final Checks checks;
    private final AuditLog audit;
    private final Clock clock;

    ResultLock(
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
    public ResultsView lock(CurrentUser user, long yearId, ScoringRequests.RoundStep request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        LocalDate today = LocalDate.now(clock);
        long open = store.objections(yearId).stream()
                .filter(o -> o.answeredAt() == null)
                .count();
        rounds.check(() -> round.lock(actor, today, open, 0, clock.instant()));
        Checks.Collector check = checks.none();
        StepInputs.version(check, request.version());
        check.throwIfInvalid();
        rounds.record(() -> round.lock(actor, today, open, request.version(), clock.instant()));
        return results.results(scope);
    }

    @Transactional
    public ResultsView adjust(CurrentUser user, long yearId, ScoringRequests.Adjust request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        rounds.check(() -> round.requireAdjustable(actor));
        RoundView view = results.round(yearId);
        Checks.Collector check = checks.none();
        if (request.unitId() == null || !scope.isMember(request.unitId())) {
            check.reject("unitId", "adjust.unit.required");
        }
        CriterionView criterion = request.criterionCode() == null ? null : view.criterion(request.criterionCode());
        if (criterion == null) {
            check.reject(
                    "criterionCode",
                    "sheet.code.unknown",
                    "",
                    request.criterionCode() == null ? "" : request.criterionCode());
        }
        BigDecimal points = criterion == null ? null : StepInputs.points(check, "points", request.points(), criterion);
        StepInputs.reason(check, "reason", request.reason(), "adjust.reason.required");
        StepInputs.version(check, request.version());
        check.throwIfInvalid();
        Rounds.requireVersion(round, request.version());
        String reason = request.reason().strip();
        rounds.record(() -> round.adjust(actor, request.unitId(), criterion.id(), points, reason, clock.instant()));
        audit.record(AuditEvent.by(
                user,
                AuditAction.SCORE_CHANGED,
                scope.bloc().authorityId(),
                "năm thi đua " + yearId + ", đơn vị " + request.unitId(),
                "điều chỉnh sau khi khóa: tiêu chí " + criterion.code() + " thành " + points.toPlainString()
                        + "; lý do: " + reason));
        return results.results(scope);
    }
}
