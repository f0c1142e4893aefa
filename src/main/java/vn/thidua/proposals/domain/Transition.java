package vn.thidua.proposals.domain;

/** The outcome of asking the pipeline for a step. */
public sealed interface Transition permits Transition.Moved, Transition.Refused {

    enum Refusal {
        NOT_YOUR_STEP,
        WRONG_STATE
    }

    record Moved(ProposalStatus from, ProposalStatus to) implements Transition {}

    record Refused(Refusal refusal) implements Transition {}
}
