package vn.thidua.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.proposals.domain.Proposal;
import vn.thidua.proposals.domain.ProposalEvent;
import vn.thidua.proposals.domain.Step;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.rules.domain.VoteRule;
import vn.thidua.voting.VoteCommand;
import vn.thidua.voting.VoteElectorate;
import vn.thidua.voting.VoteMethod;
import vn.thidua.voting.VoteSubject;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;
import vn.thidua.voting.domain.Outcome;

/**
 * The authority's emulation council: công khai ends and the candidates are put to its secret
 * ballots; a vote without quorum is held again; the counted votes pass each candidate or not.
 */
@Service
public class CouncilVotes {

    private final ProposalSteps steps;
    private final VotingService voting;
    private final Checks checks;
    private final Messages messages;
    private final Clock clock;

    CouncilVotes(ProposalSteps steps, VotingService voting, Checks checks, Messages messages, Clock clock) {
        this.steps = steps;
        this.voting = voting;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Ends công khai (never before its period is over, and only with every comment answered) and puts
     * the candidates to the authority's emulation council: one vote, each candidate an option.
     */
    @Transactional
    public ProposalView closePublicComment(CurrentUser user, long id, ProposalCommands.Version command) {
        ProposalSteps.Loaded loaded = steps.load(user, id, command.version());
        Proposal p = loaded.proposal();
        steps.check(() -> p.require(loaded.roles(), Step.CLOSE_PUBLIC_COMMENT));
        Checks.Collector check = checks.none();
        if (!p.publicCommentOver(clock.instant())) {
            check.reject(
                    "status",
                    "proposal.comment.periodNotOver",
                    steps.moment(p.publicPeriod().until()));
        }
        if (p.unansweredComments() > 0) {
            check.reject("comments", "proposal.comment.unanswered", p.unansweredComments());
        }
        if (p.standing().isEmpty()) {
            check.reject("candidates", "proposal.submit.noCandidate");
        }
        check.throwIfInvalid();
        List<ProposalEvent.CouncilOption> options =
                putToCouncil(user, loaded.view(), loaded.view().standing());
        return steps.take(user, loaded, () -> p.putToCouncil(loaded.roles(), clock.instant(), options));
    }

    /**
     * The council's secret ballots on these candidates: one for the Chiến sĩ thi đua titles (their
     * own, higher share) and one for the rest, each candidate an option a member ticks to approve;
     * a list longer than a ballot holds is split. Each candidate keeps its vote and option.
     */
    private List<ProposalEvent.CouncilOption> putToCouncil(
            CurrentUser user, ProposalView p, List<ProposalView.Candidate> candidates) {
        List<ProposalEvent.CouncilOption> options = new ArrayList<>();
        for (boolean cstd : new boolean[] {false, true}) {
            List<ProposalView.Candidate> group = candidates.stream()
                    .filter(c -> VoteRule.takesCstdShare(c.award()) == cstd)
                    .toList();
            for (int from = 0; from < group.size(); from += VotingService.MAX_OPTIONS) {
                List<ProposalView.Candidate> part =
                        group.subList(from, Math.min(group.size(), from + VotingService.MAX_OPTIONS));
                List<String> labels =
                        part.stream().map(CouncilVotes::optionLabel).toList();
                VoteView vote = voting.create(
                        user,
                        p.blocYearId(),
                        new VoteCommand(
                                cstd ? VoteSubject.COUNCIL_CSTD_PROPOSAL : VoteSubject.COUNCIL_PROPOSAL,
                                messages.get("proposal.council.question", p.title()),
                                VoteMethod.SECRET_BALLOT,
                                labels,
                                null,
                                labels.size(),
                                VoteElectorate.COUNCIL));
                for (int i = 0; i < part.size(); i++) {
                    options.add(new ProposalEvent.CouncilOption(
                            part.get(i).id(), vote.id(), vote.options().get(i).id()));
                }
            }
        }
        return options;
    }

    /**
     * "3. Nguyễn Văn A (Sở Tư pháp) – Chiến sĩ thi đua cấp tỉnh": unique by its number, within a ballot's 300
     * characters.
     */
    static String optionLabel(ProposalView.Candidate c) {
        String label = c.position() + ". " + c.fullName()
                + (c.kind() == SubjectKind.INDIVIDUAL ? " (" + c.unitName() + ")" : "") + " – " + c.awardLabel();
        return label.length() <= VotingService.MAX_LABEL
                ? label
                : label.substring(0, VotingService.MAX_LABEL - 1) + "…";
    }

    /** A council vote without quorum is held again for its candidates; the others' results stand. */
    @Transactional
    public ProposalView revote(CurrentUser user, long id, ProposalCommands.Version command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        steps.check(() -> p.proposal().require(p.roles(), Step.REVOTE));
        Map<Long, VoteView> votes = new HashMap<>();
        List<ProposalView.Candidate> again = new ArrayList<>();
        for (ProposalView.Candidate c : p.view().standing()) {
            VoteView vote = votes.computeIfAbsent(c.councilVoteId(), v -> voting.get(user, v));
            if (vote.counted() && line(vote, c).outcome().result() == Outcome.Result.NO_QUORUM) {
                again.add(c);
            }
        }
        List<ProposalEvent.CouncilOption> options = again.isEmpty() ? List.of() : putToCouncil(user, p.view(), again);
        String names = String.join(
                ", ", again.stream().map(ProposalView.Candidate::fullName).toList());
        return steps.take(user, p, () -> p.proposal().revote(p.roles(), options, names));
    }

    private static VoteView.Tally.Line line(VoteView vote, ProposalView.Candidate c) {
        return vote.tally().lines().stream()
                .filter(l -> l.option().id() == c.councilOptionId())
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("candidate " + c.id() + " has no option in vote " + vote.id()));
    }

    /** Reads the council's closed vote: each candidate passes by the rule in force, or is recorded with its count. */
    @Transactional
    public ProposalView recordCouncil(CurrentUser user, long id, ProposalCommands.Version command) {
        ProposalSteps.Loaded p = steps.load(user, id, command.version());
        steps.check(() -> p.proposal().require(p.roles(), Step.RECORD_COUNCIL));
        Map<Long, VoteView> votes = new HashMap<>();
        for (ProposalView.Candidate c : p.view().standing()) {
            VoteView vote = votes.computeIfAbsent(c.councilVoteId(), v -> voting.get(user, v));
            if (!vote.counted()) {
                throw checks.conflict("proposal.council.notClosed");
            }
            if (line(vote, c).outcome().result() == Outcome.Result.NO_QUORUM) {
                throw checks.conflict("proposal.council.noQuorum", c.fullName());
            }
        }
        Map<Long, Boolean> passed = new HashMap<>();
        Map<Long, String> counts = new HashMap<>();
        for (ProposalView.Candidate c : p.view().standing()) {
            VoteView vote = votes.get(c.councilVoteId());
            VoteView.Tally.Line line = line(vote, c);
            Outcome o = line.outcome();
            boolean ok = o.result() == Outcome.Result.PASSED;
            passed.put(c.id(), ok);
            counts.put(
                    c.id(),
                    messages.get(
                            "proposal.council.count",
                            line.ballots(),
                            o.electorate(),
                            o.needed(),
                            messages.get(ok ? "voteResult.PASSED" : "voteResult.FAILED"),
                            vote.ruleText()));
        }
        return steps.take(user, p, () -> p.proposal().recordCouncil(p.roles(), passed, counts));
    }
}
