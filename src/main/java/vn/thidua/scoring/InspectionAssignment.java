package vn.thidua.scoring;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.domain.Actor;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.InspectionPlanner;
import vn.thidua.scoring.domain.ScoringRound;
import vn.thidua.scoring.internal.RoundStore;

/**
 * The leader's cross-inspection: who inspects whom (generated or edited), fixed when it is opened.
 * Nobody inspects itself, no two units inspect each other, last year's pairs are avoided when possible.
 */
@Service
public class InspectionAssignment {

    private final RoundStore store;
    private final Rounds rounds;
    private final BlocService blocs;
    private final Checks checks;
    private final Clock clock;

    InspectionAssignment(RoundStore store, Rounds rounds, BlocService blocs, Checks checks, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.blocs = blocs;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public List<InspectionPair> generate(CurrentUser user, long yearId, ScoringRequests.RoundStep request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        rounds.check(() -> round.assignInspections(actor, List.of(), clock.instant()));
        List<Long> members = scope.year().members().stream().map(UnitRef::id).toList();
        Checks.Collector check = checks.none();
        if (members.size() < 2) {
            check.reject("pairs", "inspection.tooFew");
        }
        StepInputs.version(check, request.version());
        check.throwIfInvalid();
        Rounds.requireVersion(round, request.version());
        List<InspectionPair> pairs = InspectionPlanner.plan(members, lastYearPairs(user, scope), new Random());
        rounds.record(() -> round.assignInspections(actor, pairs, clock.instant()));
        return store.inspections(yearId);
    }

    @Transactional
    public List<InspectionPair> save(CurrentUser user, long yearId, ScoringRequests.AssignInspections request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        rounds.check(() -> round.assignInspections(actor, List.of(), clock.instant()));
        checkAssignment(scope, request.pairs(), request.version());
        Rounds.requireVersion(round, request.version());
        rounds.record(() -> round.assignInspections(actor, request.pairs(), clock.instant()));
        return store.inspections(yearId);
    }

    @Transactional
    public RoundView open(CurrentUser user, long yearId, ScoringRequests.RoundStep request) {
        BlocYearScope scope = blocs.scope(user, yearId);
        Actor actor = Rounds.actor(user, scope);
        ScoringRound round = rounds.load(yearId);
        rounds.check(() -> round.openInspection(actor, 0, clock.instant()));
        checkAssignment(scope, store.inspections(yearId), request.version());
        rounds.record(() -> round.openInspection(actor, request.version(), clock.instant()));
        return store.round(yearId).orElseThrow();
    }

    /** Last year's pairs of the same bloc, to be avoided when possible. */
    private List<InspectionPair> lastYearPairs(CurrentUser user, BlocYearScope scope) {
        return blocs.years(user, scope.bloc().id()).stream()
                .filter(y -> y.year() == scope.year().year() - 1)
                .findFirst()
                .map(y -> store.inspections(y.id()))
                .orElse(List.of());
    }

    private void checkAssignment(BlocYearScope scope, List<InspectionPair> pairs, Long version) {
        List<Long> members = scope.year().members().stream().map(UnitRef::id).toList();
        Checks.Collector check = checks.none();
        if (pairs.isEmpty()) {
            check.reject("pairs", "inspection.empty");
        }
        InspectionPlanner.check(members, pairs)
                .forEach(v -> check.reject(
                        v.field(),
                        v.code(),
                        v.args().stream()
                                .map(a -> a instanceof Long id ? ScoringService.nameOf(scope.year(), id) : a)
                                .toArray()));
        StepInputs.version(check, version);
        check.throwIfInvalid();
    }
}
