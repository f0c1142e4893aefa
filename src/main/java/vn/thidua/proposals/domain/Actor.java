package vn.thidua.proposals.domain;

/** The role a user plays on one proposal; each step of the pipeline belongs to one of them. */
public enum Actor {
    PROPOSER,
    BOARD,
    DECIDER
}
