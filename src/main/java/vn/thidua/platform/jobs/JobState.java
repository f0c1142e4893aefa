package vn.thidua.platform.jobs;

/** QUEUED → RUNNING → DONE, FAILED or CANCELLED; a RUNNING job whose instance stopped may go back to QUEUED. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
