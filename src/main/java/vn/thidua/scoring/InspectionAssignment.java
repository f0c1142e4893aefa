package vn.thidua.scoring;

import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Service;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.InspectionPlanner;
import vn.thidua.scoring.internal.RoundStore;

/**
 * The leader's cross-inspection: who inspects whom (generated or edited), fixed when it is opened.
 * Nobody inspects itself, no two units inspect each other, last year's pairs are avoided when possible.
 */
@Service
public record InspectionAssignment(RoundStore store, Rounds rounds, BlocService blocs) {

    public List<InspectionPair> generate(CurrentUser user, long yearId, ScoringRequests.RoundStep request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().assignInspections(step.actor(), List.of(), step.at()));
            List<Long> members =
                    step.scope().year().members().stream().map(UnitRef::id).toList();
            Checks.Collector check = rounds.check();
            if (members.size() < 2) {
                check.reject("pairs", "inspection.tooFew");
            }
            StepInputs.version(check, request.version());
            check.throwIfInvalid();
            Rounds.requireVersion(step.round(), request.version());
            List<InspectionPair> pairs =
                    InspectionPlanner.plan(members, lastYearPairs(user, step.scope()), new Random());
            rounds.record(() -> step.round().assignInspections(step.actor(), pairs, step.at()));
            return store.inspections(yearId);
        });
    }

    public List<InspectionPair> save(CurrentUser user, long yearId, ScoringRequests.AssignInspections request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().assignInspections(step.actor(), List.of(), step.at()));
            checkAssignment(step.scope(), request.pairs(), request.version());
            Rounds.requireVersion(step.round(), request.version());
            rounds.record(() -> step.round().assignInspections(step.actor(), request.pairs(), step.at()));
            return store.inspections(yearId);
        });
    }

    public RoundView open(CurrentUser user, long yearId, ScoringRequests.RoundStep request) {
        return rounds.step(user, yearId, step -> {
            rounds.check(() -> step.round().openInspection(step.actor(), 0, step.at()));
            checkAssignment(step.scope(), store.inspections(yearId), request.version());
            rounds.record(() -> step.round().openInspection(step.actor(), request.version(), step.at()));
            return store.round(yearId).orElseThrow();
        });
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
        Checks.Collector check = rounds.check();
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
