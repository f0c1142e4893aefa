package vn.thidua.voting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.Outcome;
import vn.thidua.voting.internal.TallyStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * A vote as the user sees it: whether it may still vote, and the counts judged by the rule once the result is known.
 */
@Component
record VoteViews(VoteStore votes, TallyStore tallies, CountingCommittee committee, BallotBox ballots) {

    VoteView of(CurrentUser user, VoteStore.VoteRow vote) {
        List<VoteView.Option> options = votes.options(vote.id());
        Optional<Elector> elector = VoteAccess.electorOf(user).filter(e -> votes.isElector(vote.id(), e));
        boolean hasVoted = elector.filter(e -> votes.hasVoted(vote.id(), e)).isPresent();
        Optional<TallyStore.PendingPaper> paper = tallies.paper(vote.id());
        boolean mayVote = elector.isPresent()
                && vote.method() == VoteMethod.SECRET_BALLOT
                && vote.encrypted()
                && !hasVoted
                && vote.status().takesBallots();
        return new VoteView(
                vote.id(),
                vote.blocYearId(),
                vote.subject(),
                vote.question(),
                vote.method(),
                vote.rule(),
                vote.rule().describe(),
                vote.maxChoices(),
                vote.status(),
                vote.electorate(),
                vote.present(),
                votes.participants(vote.id()),
                mayVote,
                hasVoted,
                options,
                vote.status().resultKnown() ? tally(vote, options) : null,
                vote.openedAt(),
                vote.closedAt(),
                vote.version(),
                paper.map(TallyStore.PendingPaper::enteredBy).orElse(null),
                vote.electorateKind(),
                vote.encrypted(),
                vote.publicKey(),
                committee.members(vote.id()),
                ballots.totals(vote),
                ballots.writtenOpinions(vote.id()),
                paper.map(TallyStore.PendingPaper::committee).orElse(null));
    }

    private VoteView.Tally tally(VoteStore.VoteRow vote, List<VoteView.Option> options) {
        Map<Long, Integer> counts = tallies.tally(vote.id());
        int[] cast = tallies.ballots(vote.id());
        // those who took part: present, the confirmed written opinions, and anyone who came later and voted
        int present = Math.max((vote.present() == null ? 0 : vote.present()) + vote.written(), cast[0]);
        List<VoteView.Tally.Line> lines = options.stream()
                .map(o -> new VoteView.Tally.Line(
                        o,
                        counts.getOrDefault(o.id(), 0),
                        Outcome.of(vote.rule(), vote.electorate(), present, counts.getOrDefault(o.id(), 0))))
                .toList();
        return new VoteView.Tally(lines, cast[0], cast[1]);
    }
}
