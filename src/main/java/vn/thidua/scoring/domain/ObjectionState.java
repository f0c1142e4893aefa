package vn.thidua.scoring.domain;

/**
 * What the round's rules need of one objection: whose result it questions, on which criterion, and whether it was
 * answered.
 */
public record ObjectionState(long id, long unitId, Long criterionId, boolean answered, long version) {}
