package vn.thidua.voting;

import java.time.Instant;
import java.util.List;
import vn.thidua.voting.domain.Outcome;
import vn.thidua.voting.domain.VoteRule;

/**
 * A vote as a participant sees it: the question, the rule, who may vote and how many have; the
 * counts only once the vote is closed.
 */
public record VoteView(long id, long blocYearId, VoteSubject subject, String question, VoteMethod method, VoteRule rule,
        String ruleText, int maxChoices, String status, int electorate, Integer present, long voted, boolean mayVote,
        boolean hasVoted, List<Option> options, Tally tally, Instant openedAt, Instant closedAt, long version,
        String paperEnteredBy, VoteElectorate electorateKind) {

    public record Option(long id, String label, Long unitId) {
    }

    /** Counts per option with the rule's verdict, ballots cast and blank ballots. */
    public record Tally(List<Line> lines, int cast, int blank) {

        public record Line(Option option, int ballots, Outcome outcome) {
        }
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
