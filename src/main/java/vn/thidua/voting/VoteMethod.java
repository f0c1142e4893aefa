package vn.thidua.voting;

/**
 * Secret ballot cast on line (encrypted in the voter's browser, counted by the committee), secret
 * ballot on paper (counted by the committee, entered by one person and confirmed by a second), show
 * of hands (the chair records counts), acclamation (unanimous of those present). A vote is one of
 * them from creation: on-line ballots and a paper count are never mixed.
 */
public enum VoteMethod {
    SECRET_BALLOT,
    PAPER_BALLOT,
    SHOW_OF_HANDS,
    ACCLAMATION;

    public boolean secret() {
        return this == SECRET_BALLOT || this == PAPER_BALLOT;
    }
}
