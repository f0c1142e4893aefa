package vn.thidua.voting;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.thidua.rules.domain.VoteRule;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.Outcome;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.internal.ElectorColumn;

/**
 * A vote as a participant sees it: the question, the rule, who may vote and how many have; for an
 * encrypted ballot its committee, key and, once closed, its encrypted totals; the counts only once
 * verified; for a paper ballot, the counting committee's names as entered with the count.
 */
public record VoteView(
        long id,
        long blocYearId,
        VoteSubject subject,
        String question,
        VoteMethod method,
        VoteRule rule,
        String ruleText,
        int maxChoices,
        VoteStatus status,
        int electorate,
        Integer present,
        long voted,
        boolean mayVote,
        boolean hasVoted,
        List<Option> options,
        Tally tally,
        Instant openedAt,
        Instant closedAt,
        long version,
        String paperEnteredBy,
        VoteElectorate electorateKind,
        boolean encrypted,
        String publicKey,
        List<Trustee> committee,
        List<CipherPair> encryptedTotals,
        List<WrittenOpinion> writtenOpinions,
        String paperCommittee) {

    public record Option(long id, String label, Long unitId) {}

    /** A member of the counting committee: whether its key is registered and its part of the count given. */
    public record Trustee(
            long id, String username, String name, String publicKey, boolean keyRegistered, boolean decrypted) {}

    /** An encrypted total, per option in order and last the blank ballots. */
    public record CipherPair(String a, String b) {}

    /**
     * A written opinion entered from a letter: whose (a member unit, or in a council's vote a council
     * member, as the request that confirms it names them), who entered and who confirmed it (never its
     * choice).
     */
    public record WrittenOpinion(
            Long unitId, Long councilMemberId, String electorName, String enteredBy, String confirmedBy) {

        /**
         * The elector as the vote's JSON named it before the ids ("unit:12", "council:3"), kept for the
         * systems that read it.
         */
        @JsonProperty("elector")
        public String elector() {
            return ElectorColumn.write(
                    councilMemberId != null
                            ? new Elector.CouncilMember(councilMemberId)
                            : new Elector.MemberUnit(Objects.requireNonNull(unitId)));
        }

        static WrittenOpinion of(Elector elector, String name, String enteredBy, String confirmedBy) {
            return elector instanceof Elector.CouncilMember member
                    ? new WrittenOpinion(null, member.councilMemberId(), name, enteredBy, confirmedBy)
                    : new WrittenOpinion(elector.id(), null, name, enteredBy, confirmedBy);
        }
    }

    /** Counts per option with the rule's verdict, ballots cast and blank ballots. */
    public record Tally(List<Line> lines, int cast, int blank) {

        public record Line(Option option, int ballots, Outcome outcome) {}
    }

    public boolean open() {
        return status.takesBallots();
    }

    /** The box is closed: no ballot is taken any more (the result may still wait for the committee). */
    public boolean closed() {
        return status.boxClosed();
    }

    /** The committee has yet to open the totals. */
    public boolean awaitsCommittee() {
        return status.awaitsCommittee();
    }

    /** The result is known. */
    public boolean counted() {
        return status.resultKnown();
    }

    public boolean draft() {
        return status.isDraft();
    }
}
