package vn.thidua.proposals.domain;

/** Where a proposal stands in the pipeline from the proposer's draft to the board's registry. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    PUBLIC_COMMENT,
    COUNCIL,
    AWAITING_DECISION,
    DECIDED,
    /** The council passed no one: the proposal ends without a decision, each candidate with its count. */
    ENDED;

    /** The proposer may change the proposal as a whole only before the board holds it, or when it was sent back. */
    public boolean editableByProposer() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean finished() {
        return this == DECIDED || this == ENDED;
    }
}
