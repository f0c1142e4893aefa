package vn.thidua.voting;

/** What a bloc's conference votes on; each subject takes its rule from the parameter table. */
public enum VoteSubject {
    /** An award proposal (Cờ thi đua, Bằng khen) put to the member units. */
    BLOC_PROPOSAL,
    /** The election of next year's leader or deputy. */
    BLOC_ELECTION,
    /** An award proposal put to the authority's emulation council. */
    COUNCIL_PROPOSAL,
    /** A proposal for Chiến sĩ thi đua put to the council, which needs the higher share VOTE_THRESHOLD_CSTD. */
    COUNCIL_CSTD_PROPOSAL
}
