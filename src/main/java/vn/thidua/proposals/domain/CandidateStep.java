package vn.thidua.proposals.domain;

import org.jspecify.annotations.Nullable;

/**
 * What may happen to one candidate while the proposal moves: the board sends it back or drops it
 * with a reason during review; the proposer corrects a returned one; the council's vote passes it
 * or not; the decision awards those passed.
 */
public enum CandidateStep {
    RETURN(Actor.BOARD),
    REJECT(Actor.BOARD),
    RESUBMIT(Actor.PROPOSER),
    COUNCIL_PASSED(Actor.BOARD),
    COUNCIL_NOT_PASSED(Actor.BOARD),
    AWARD(Actor.DECIDER);

    private final Actor actor;

    CandidateStep(Actor actor) {
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    /** The candidate's state after the step, or null when the step is refused in this situation. */
    public @Nullable CandidateStatus after(ProposalStatus proposal, CandidateStatus candidate, Actor by) {
        if (by != actor) {
            return null;
        }
        return switch (this) {
            case RETURN ->
                proposal == ProposalStatus.UNDER_REVIEW && candidate == CandidateStatus.PROPOSED
                        ? CandidateStatus.RETURNED
                        : null;
            case REJECT ->
                (proposal == ProposalStatus.UNDER_REVIEW || proposal == ProposalStatus.PUBLIC_COMMENT)
                                && (candidate == CandidateStatus.PROPOSED || candidate == CandidateStatus.RETURNED)
                        ? CandidateStatus.REJECTED
                        : null;
            case RESUBMIT ->
                proposal == ProposalStatus.UNDER_REVIEW && candidate == CandidateStatus.RETURNED
                        ? CandidateStatus.PROPOSED
                        : null;
            case COUNCIL_PASSED ->
                proposal == ProposalStatus.COUNCIL && candidate == CandidateStatus.PROPOSED
                        ? CandidateStatus.PASSED
                        : null;
            case COUNCIL_NOT_PASSED ->
                proposal == ProposalStatus.COUNCIL && candidate == CandidateStatus.PROPOSED
                        ? CandidateStatus.NOT_PASSED
                        : null;
            case AWARD ->
                proposal == ProposalStatus.AWAITING_DECISION && candidate == CandidateStatus.PASSED
                        ? CandidateStatus.AWARDED
                        : null;
        };
    }
}
