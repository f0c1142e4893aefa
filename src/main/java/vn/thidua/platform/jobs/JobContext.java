package vn.thidua.platform.jobs;

/**
 * What a running job's handler sees of it: its feature record, its progress, and whether it must stop.
 * Every method that writes is fenced by ownership: it writes only while this instance still owns the
 * job, and throws {@link JobStoppedException} (LOST) otherwise.
 */
public interface JobContext {

    /** The job as claimed. */
    JobView job();

    /** The feature's record this job works on. */
    default long refId() {
        return job().refId();
    }

    /** How many items the job has, once the handler knows (shown as done / total). */
    void total(int total);

    /**
     * Progress outside the handler's transactions (in a short one of its own, a few times a second at
     * most). Stops the job (throws) when it must stop. Not for use while the handler's own transaction
     * holds the job's row (after a {@link #checkpoint} in it).
     */
    void progress(int done);

    /**
     * Progress written in the caller's transaction, as its last statement: it proves this instance still
     * owns the job, so a chunk written by an instance that lost the job is rolled back with it, and it
     * reads a user's cancel. Throws when the job must stop (the caller's transaction then rolls back).
     */
    void checkpoint(int done);

    /** Throws when the job must stop: cancelled, taken over by another instance, or this instance shutting down. */
    void stopIfRequested();

    /**
     * Ends the job DONE in the caller's transaction, so that the job's last writes and its end commit
     * together (an import committed is never run again).
     */
    void complete();
}
