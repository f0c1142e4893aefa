package vn.thidua.platform.jobs;

/**
 * A job that fails for a reason its user should read (in Vietnamese): the message becomes the job's
 * error. {@code explanation}, if any, writes the feature's own account of the failure (a refused file's
 * errors row by row) in the transaction that fails the job, after its partial rows were removed.
 */
public class JobFailedException extends RuntimeException {

    private final transient Runnable explanation;

    public JobFailedException(String message) {
        this(message, null);
    }

    public JobFailedException(String message, Runnable explanation) {
        super(message);
        this.explanation = explanation;
    }

    void explain() {
        if (explanation != null) {
            explanation.run();
        }
    }
}
