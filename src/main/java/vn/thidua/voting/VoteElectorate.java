package vn.thidua.voting;

/** Who votes: the bloc's member units, one vote each, or the authority's emulation council, one vote per member. */
public enum VoteElectorate {
    MEMBER_UNITS,
    COUNCIL
}
