package vn.thidua.proposals;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cycle.ConferenceService;
import vn.thidua.cycle.ConferenceView;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityService;
import vn.thidua.org.BlocService;
import vn.thidua.org.BlocYearScope;
import vn.thidua.org.UnitRef;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.text.Numbers;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.proposals.domain.ProposalEvent;
import vn.thidua.proposals.domain.ProposalStatus;
import vn.thidua.proposals.domain.ProposerLevel;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.rules.ParameterService;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.AwardNames;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.Quotas;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.scoring.ResultService;
import vn.thidua.scoring.ResultsView;
import vn.thidua.scoring.ScoringService;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.domain.Outcome;

/**
 * The bloc's proposal from its signed conference, in one step: its ranking cut as the conference's
 * documents cut it ({@link Quotas.ConferenceCut}), with the results of the conference's votes. It
 * reads four features (the conference, the ranking, the votes, the parameters) because the step
 * joins them; nothing else here does.
 */
@Service
public class ConferenceProposals {

    private final ProposalStore store;
    private final ProposalReading reading;
    private final BlocService blocs;
    private final AuthorityService authorities;
    private final ConferenceService conferences;
    private final ScoringService scoring;
    private final ResultService results;
    private final VotingService voting;
    private final ParameterService parameters;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;

    ConferenceProposals(
            ProposalStore store,
            ProposalReading reading,
            BlocService blocs,
            AuthorityService authorities,
            ConferenceService conferences,
            ScoringService scoring,
            ResultService results,
            VotingService voting,
            ParameterService parameters,
            Checks checks,
            Messages messages,
            Clock clock) {
        this.store = store;
        this.reading = reading;
        this.blocs = blocs;
        this.authorities = authorities;
        this.conferences = conferences;
        this.scoring = scoring;
        this.results = results;
        this.voting = voting;
        this.parameters = parameters;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public ProposalView fromConference(CurrentUser user, long yearId) {
        BlocYearScope scope = blocs.scope(user, yearId);
        if (!scope.leader()) {
            throw checks.forbidden("proposal.bloc.leaderOnly");
        }
        Checks.Collector check = checks.none();
        Optional<ConferenceView> conference = conferences.get(scope);
        if (conference.isEmpty() || !conference.get().signed()) {
            check.reject("conference", "proposal.conference.notSigned");
        }
        ResultsView ranking = scoring.round(user, yearId).isPresent() ? results.results(user, yearId) : null;
        if (ranking == null || !ranking.consolidated()) {
            check.reject("ranking", "proposal.ranking.missing");
        }
        if (store.list(null, yearId, null, null).stream().anyMatch(p -> p.level() == ProposerLevel.BLOC)) {
            check.reject("blocYearId", "proposal.exists");
        }
        check.throwIfInvalid();
        int year = scope.year().year();
        long authority = scope.bloc().authorityId();
        boolean province = authorities.get(authority).kind() == AuthorityKind.PROVINCE;
        Quotas.ConferenceCut cut = Quotas.ConferenceCut.of(
                scope.year().flagQuota(), parameters.table().forYear(year, authority));
        List<VoteView> votes = voting.ofYear(user, yearId).stream()
                .filter(v -> v.counted() && v.subject() == VoteSubject.BLOC_PROPOSAL)
                .toList();
        long id = store.insert(new ProposalStore.NewProposal(
                authority,
                yearId,
                year,
                ProposerLevel.BLOC,
                scope.year().leader().id(),
                messages.get("proposal.title.bloc", year, scope.bloc().name()),
                CommendationType.THUONG_XUYEN,
                year,
                year,
                user.username(),
                clock.instant()));
        List<ResultsView.Row> rows = ranking.rows();
        for (int i = 0; i < Math.min(rows.size(), cut.size()); i++) {
            ResultsView.Row row = rows.get(i);
            Award award = cut.awardAt(i).orElseThrow();
            long candidate = store.insertCandidate(
                    id,
                    new ProposalEvent.CandidateAdded(
                            SubjectKind.COLLECTIVE,
                            row.unit().id(),
                            row.unit().name(),
                            null,
                            award,
                            AwardNames.of(award, province),
                            voteResult(votes, row.unit())
                                    + messages.get(
                                            "proposal.rankText",
                                            Numbers.text(row.rank().total().total()),
                                            row.rank().position()),
                            null));
            if (rejectedByConference(votes, row.unit())) {
                // ranked but not voted through: on the record with the reason, not proposed
                store.setCandidateStatus(
                        candidate, CandidateStatus.REJECTED, messages.get("proposal.conference.rejected"));
            }
        }
        store.event(
                id, null, "CREATE_FROM_CONFERENCE", null, ProposalStatus.DRAFT, null, user.username(), clock.instant());
        return reading.get(user, id);
    }

    /** Put to a conference vote and not passed by it. */
    private static boolean rejectedByConference(List<VoteView> votes, UnitRef unit) {
        return votes.stream()
                .filter(v -> v.tally() != null)
                .flatMap(v -> v.tally().lines().stream())
                .filter(l -> l.option().unitId() != null && l.option().unitId() == unit.id())
                .anyMatch(l -> l.outcome().result() != Outcome.Result.PASSED);
    }

    /**
     * "Bỏ phiếu kín: 6/7 phiếu, đạt. " for the unit's option in the conference's votes; empty when it was not voted.
     */
    private String voteResult(List<VoteView> votes, UnitRef unit) {
        StringBuilder text = new StringBuilder();
        for (VoteView vote : votes) {
            if (vote.tally() == null) {
                continue;
            }
            vote.tally().lines().stream()
                    .filter(l -> unit.id()
                                    == (l.option().unitId() == null
                                            ? -1
                                            : l.option().unitId())
                            || l.option().label().equals(unit.name()))
                    .findFirst()
                    .ifPresent(l -> text.append(messages.get(
                                    "proposal.voteText",
                                    vote.question(),
                                    messages.get("voteMethod." + vote.method()),
                                    l.ballots(),
                                    vote.electorate(),
                                    messages.get("voteResult." + l.outcome().result())))
                            .append(' '));
        }
        return text.toString();
    }
}
