package vn.thidua.platform.jobs;

/**
 * Thrown by {@link JobContext} to stop a job between two pieces of its work: a user cancelled it, another
 * instance took it over (this one was thought dead), or this instance is shutting down. The handler lets
 * it through; the runner then removes the partial rows (cancelled), does nothing (taken over), or
 * hands the job back (shutting down).
 */
public final class JobStoppedException extends RuntimeException {

    public enum Reason {
        CANCELLED,
        LOST,
        SHUTTING_DOWN
    }

    private final Reason reason;

    JobStoppedException(Reason reason, long jobId) {
        super("job " + jobId + " stopped: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
