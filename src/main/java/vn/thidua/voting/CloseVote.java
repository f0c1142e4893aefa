package vn.thidua.voting;

import java.util.Map;

/** Closing a vote; for a show of hands, the count the chair records for each option (by option id). */
public record CloseVote(Map<Long, Integer> counts, Long version) {}
