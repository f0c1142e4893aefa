package vn.thidua.voting;

/**
 * How a bloc proposes next year's leader before the vote, as the seeds show: the deputy succeeds
 * (seed 004), the unit ranked first leads, or the members take turns (round robin).
 */
public enum RotationPolicy {
    DEPUTY_SUCCEEDS,
    FIRST_RANKED_LEADS,
    ROUND_ROBIN
}
