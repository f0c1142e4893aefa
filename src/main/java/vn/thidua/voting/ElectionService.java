package vn.thidua.voting;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.ScoringService;
import vn.thidua.voting.domain.Outcome;

/**
 * Next year's leader and deputy: the candidate each rotation policy proposes, and the board's
 * confirmation of the conference's elections, which creates next year's bloc year (members, council
 * member and flag quota carried over, editable afterwards) or sets its leader and deputy.
 */
@Service
public class ElectionService {

    private final BlocService blocs;
    private final VotingService voting;
    private final ScoringService scoring;
    private final ResultService results;
    private final Checks checks;

    ElectionService(
            BlocService blocs, VotingService voting, ScoringService scoring, ResultService results, Checks checks) {
        this.blocs = blocs;
        this.voting = voting;
        this.scoring = scoring;
        this.results = results;
        this.checks = checks;
    }

    /** The candidate for next year's leader under each policy (absent when the policy has nothing to go on). */
    @Transactional(readOnly = true)
    public Map<RotationPolicy, UnitRef> proposals(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        BlocYearView year = scope.year();
        Map<RotationPolicy, UnitRef> proposals = new EnumMap<>(RotationPolicy.class);
        if (year.deputy() != null) {
            proposals.put(RotationPolicy.DEPUTY_SUCCEEDS, year.deputy());
        }
        if (scoring.round(user, yearId).isPresent()) {
            ResultsView ranking = results.results(user, yearId);
            if (ranking.consolidated() && !ranking.rows().isEmpty()) {
                proposals.put(
                        RotationPolicy.FIRST_RANKED_LEADS, ranking.rows().get(0).unit());
            }
        }
        Map<Long, Integer> lastLed = new HashMap<>();
        for (BlocYearView earlier : blocs.years(user, scope.bloc().id())) {
            if (earlier.year() <= year.year() && earlier.leader() != null) {
                lastLed.merge(earlier.leader().id(), earlier.year(), Math::max);
            }
        }
        year.members().stream()
                .min(Comparator.comparing((UnitRef m) -> lastLed.getOrDefault(m.id(), Integer.MIN_VALUE))
                        .thenComparing(UnitRef::name))
                .ifPresent(m -> proposals.put(RotationPolicy.ROUND_ROBIN, m));
        return proposals;
    }

    /**
     * The board confirms the elected leader and deputy of next year from two closed election votes:
     * the candidate with most ballots that passed the rule wins each.
     */
    @Transactional
    public BlocYearView confirm(CurrentUser user, long yearId, ElectionConfirmation confirmation) {
        BlocYearScope scope = blocs.scope(user, yearId);
        scope.requireBoard();
        if (confirmation.version() != null
                && confirmation.version() != scope.year().version()) {
            throw new OptimisticLockingFailureException("bloc year " + yearId + " changed");
        }
        UnitRef leader = winner(user, scope, confirmation.leaderVoteId(), "leaderVoteId");
        UnitRef deputy = confirmation.deputyVoteId() == null
                ? null
                : winner(user, scope, confirmation.deputyVoteId(), "deputyVoteId");
        if (deputy != null && deputy.id() == leader.id()) {
            throw checks.refusal("deputyVoteId", "election.sameUnit");
        }
        BlocYearView year = scope.year();
        int next = year.year() + 1;
        Optional<BlocYearView> existing = blocs.years(user, scope.bloc().id()).stream()
                .filter(y -> y.year() == next)
                .findFirst();
        BlocYearCommand command = existing.map(BlocYearCommand::of)
                .orElseGet(() -> BlocYearCommand.of(year).carriedTo(next))
                .withLeaders(leader.id(), deputy == null ? null : deputy.id());
        return existing.isPresent()
                ? blocs.updateYear(user, scope.bloc().id(), next, command)
                : blocs.createYear(user, scope.bloc().id(), command);
    }

    private UnitRef winner(CurrentUser user, BlocYearScope scope, Long voteId, String field) {
        if (voteId == null) {
            throw checks.refusal(field, "election.vote.required");
        }
        VoteView vote = voting.get(user, voteId);
        if (vote.blocYearId() != scope.year().id() || vote.subject() != VoteSubject.BLOC_ELECTION) {
            throw checks.refusal(field, "election.vote.notClosedElection");
        }
        if (!vote.counted()) {
            // the right vote, not yet counted: its state, not the request, is what is wrong
            throw checks.conflict("election.vote.notClosedElection");
        }
        return vote.tally().lines().stream()
                .filter(l -> l.outcome().result() == Outcome.Result.PASSED
                        && l.option().unitId() != null)
                .max(Comparator.comparingInt(VoteView.Tally.Line::ballots))
                .map(l -> scope.year().members().stream()
                        .filter(m -> m.id() == l.option().unitId())
                        .findFirst()
                        .orElseThrow())
                .orElseThrow(() -> checks.refusal(field, "election.noWinner"));
    }
}
