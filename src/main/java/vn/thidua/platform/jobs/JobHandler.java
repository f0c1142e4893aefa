package vn.thidua.platform.jobs;

/**
 * A feature's kind of job. The platform claims, runs, beats and ends jobs; the feature says what the
 * work is, what an unfinished run leaves behind, and what becomes of a run whose instance stopped.
 * Every instance runs the kinds it has a handler for.
 */
public interface JobHandler {

    /** Stored in {@code job.kind}: the same on every instance and across versions. */
    String kind();

    /**
     * Does the work of the job whose feature record is {@code job.refId()}. Calls {@link JobContext#stopIfRequested()}
     * (or a checkpoint) between pieces of work and lets {@link JobStoppedException} through; throws
     * {@link JobFailedException} for a failure its user should read. Returning normally ends the job DONE.
     */
    void run(JobContext job) throws Exception;

    /**
     * Removes what a run that did not finish left behind (partial results). Called in the transaction
     * that fails, cancels or queues the job again, after the platform has taken the job's row.
     */
    void discard(JobView job);

    /** Called in the transaction that ends the job (DONE, FAILED or CANCELLED): inputs kept for the run may go. */
    default void ended(JobView job) {}

    /**
     * Whether a job whose instance stopped is run again from scratch (after {@link #discard}) by the next free
     * instance, rather than failed: true when its whole input is in the database, as it should be; a kind
     * whose input lives only in its instance's memory answers false.
     */
    default boolean runsAgainAfterInterruption() {
        return true;
    }

    /** The error of a job failed because its instance stopped (and it may not, or may no more, run again). */
    String interruptedMessage();

    /** The error of a job failed by an unexpected exception (the exception itself goes to the log). */
    String failedMessage();
}
