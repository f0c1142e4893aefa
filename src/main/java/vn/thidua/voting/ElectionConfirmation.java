package vn.thidua.voting;

/**
 * The board's confirmation of next year's leader and deputy from the two counted election votes
 * (the deputy's may be absent). It carries this year's members, council member and quota over into
 * next year, so the version is that of this bloc year as the board read it; it may be left out
 * (the confirmation is made once, after the count), and one sent is checked (stale: 409).
 */
public record ElectionConfirmation(Long leaderVoteId, Long deputyVoteId, Long version) {}
