package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.domain.Actor;
import vn.thidua.scoring.domain.ScoringRound;

/** The leader settles each flagged criterion of another unit with a written reason; the board settles the leader's. */
@Service
public class DiscrepancySettlement {

    private final ResultService results;
    private final Rounds rounds;
    private final BlocService blocs;
    private final Checks checks;
    private final Clock clock;

    DiscrepancySettlement(ResultService results, Rounds rounds, BlocService blocs, Checks checks, Clock clock) {
        this.results = results;
        this.rounds = rounds;
        this.blocs = blocs;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public DiscrepancyView resolve(CurrentUser user, long yearId, ScoringRequests.Resolve request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        rounds.check(() -> round.requireResolvable(actor));
        RoundView view = results.round(yearId);
        DiscrepancyView flag = results.discrepancies(scope, view).stream()
                .filter(d -> request.unitId() != null
                        && d.unit().id() == request.unitId()
                        && request.criterionCode() != null
                        && d.criterion()
                                .code()
                                .equalsIgnoreCase(request.criterionCode().strip()))
                .findFirst()
                .orElseThrow(() -> checks.notFound("discrepancy.notFound"));
        rounds.check(
                () -> round.resolve(actor, flag.unit().id(), flag.criterion().id(), null, null, null));
        Checks.Collector check = checks.none();
        BigDecimal points = StepInputs.points(check, "points", request.points(), flag.criterion());
        StepInputs.reason(check, "reason", request.reason(), "discrepancy.reason.required");
        StepInputs.version(check, request.version());
        check.throwIfInvalid();
        Rounds.requireVersion(round, request.version());
        rounds.record(() -> round.resolve(
                actor,
                flag.unit().id(),
                flag.criterion().id(),
                points,
                request.reason().strip(),
                clock.instant()));
        return results.discrepancies(scope, view).stream()
                .filter(d -> d.unit().id() == flag.unit().id()
                        && d.criterion().id().equals(flag.criterion().id()))
                .findFirst()
                .orElseThrow();
    }
}
