package vn.thidua.rules.domain;

/** Cá nhân or tập thể. */
public enum SubjectKind {
    INDIVIDUAL,
    COLLECTIVE
}
