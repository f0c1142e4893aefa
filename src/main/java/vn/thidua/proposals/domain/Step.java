package vn.thidua.proposals.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the pipeline: from which states each may be taken, by whom, and where it leads.
 * A step taken from any other state is refused; the aggregate adds the checks on its candidates.
 */
public enum Step {
    SUBMIT(Actor.PROPOSER, ProposalStatus.SUBMITTED, ProposalStatus.DRAFT, ProposalStatus.RETURNED),
    START_REVIEW(Actor.BOARD, ProposalStatus.UNDER_REVIEW, ProposalStatus.SUBMITTED),
    RETURN(Actor.BOARD, ProposalStatus.RETURNED, ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
    PUBLISH(Actor.BOARD, ProposalStatus.PUBLIC_COMMENT, ProposalStatus.UNDER_REVIEW),
    CLOSE_PUBLIC_COMMENT(Actor.BOARD, ProposalStatus.COUNCIL, ProposalStatus.PUBLIC_COMMENT),
    /** A council vote without quorum is held again: the proposal stays with the council. */
    REVOTE(Actor.BOARD, ProposalStatus.COUNCIL, ProposalStatus.COUNCIL),
    RECORD_COUNCIL(Actor.BOARD, ProposalStatus.AWAITING_DECISION, ProposalStatus.COUNCIL),
    /** The council's votes are in and no candidate passed. */
    CLOSE_WITHOUT_AWARD(Actor.BOARD, ProposalStatus.ENDED, ProposalStatus.COUNCIL),
    ISSUE_DECISION(Actor.DECIDER, ProposalStatus.DECIDED, ProposalStatus.AWAITING_DECISION);

    private final Actor actor;
    private final ProposalStatus to;
    private final Set<ProposalStatus> from;

    Step(Actor actor, ProposalStatus to, ProposalStatus first, ProposalStatus... more) {
        this.actor = actor;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public Actor actor() {
        return actor;
    }

    public ProposalStatus to() {
        return to;
    }

    public boolean allowedFrom(ProposalStatus status) {
        return from.contains(status);
    }

    /** The state after this step, or the refusal: not a role of the one taking it, or the wrong state. */
    public Transition take(ProposalStatus status, Set<Actor> by) {
        if (!by.contains(actor)) {
            return new Transition.Refused(Transition.Refusal.NOT_YOUR_STEP);
        }
        if (!allowedFrom(status)) {
            return new Transition.Refused(Transition.Refusal.WRONG_STATE);
        }
        return new Transition.Moved(status, to);
    }

    public Transition take(ProposalStatus status, Actor by) {
        return take(status, EnumSet.of(by));
    }
}
