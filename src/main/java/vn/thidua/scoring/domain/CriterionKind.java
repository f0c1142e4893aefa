package vn.thidua.scoring.domain;

/** A scored criterion adds up to its maximum; bonus (điểm thưởng) and penalty (điểm trừ) points are capped in total. */
public enum CriterionKind {
    SCORED,
    BONUS,
    PENALTY
}
