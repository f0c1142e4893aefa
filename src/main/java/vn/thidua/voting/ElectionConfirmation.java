package vn.thidua.voting;

/**
 * The board's confirmation of next year's leader and deputy from the two counted election votes
 * (the deputy's may be absent). It writes next year's bloc year, whose own version guards it.
 */
public record ElectionConfirmation(Long leaderVoteId, Long deputyVoteId) {}
