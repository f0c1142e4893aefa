package vn.thidua.voting;

import java.util.Map;

/**
 * The counting committee's figures for a vote held on paper: ballots per option, ballots cast,
 * blank ones, the committee; with the version of the vote the secretary read.
 */
public record PaperCount(Map<Long, Integer> counts, Integer cast, Integer blank, String committee, Long version) {}
