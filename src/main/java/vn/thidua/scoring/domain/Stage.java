package vn.thidua.scoring.domain;

/** Where a bloc year's scoring stands: units score and inspect; the leader has consolidated; the board has locked. */
public enum Stage {
    SCORING,
    CONSOLIDATED,
    LOCKED
}
