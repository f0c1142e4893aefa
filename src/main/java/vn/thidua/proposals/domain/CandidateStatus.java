package vn.thidua.proposals.domain;

/** A candidate's way through the steps; the last four are final and keep their reason. */
public enum CandidateStatus {
    PROPOSED,
    RETURNED,
    REJECTED,
    NOT_PASSED,
    PASSED,
    AWARDED;

    /** Still in the running: counted for quotas, put to the public and to the council. */
    public boolean standing() {
        return this == PROPOSED || this == RETURNED || this == PASSED || this == AWARDED;
    }
}
