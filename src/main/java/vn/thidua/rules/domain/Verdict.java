package vn.thidua.rules.domain;

public enum Verdict {
    ELIGIBLE,
    NOT_ELIGIBLE,
    NEEDS_CHECK
}
