package vn.thidua.platform.jobs;

import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** A job running on this instance: its handler's view of it, and the flags the heartbeat and a cancel set. */
final class RunningJob implements JobContext {

    /** Progress in a transaction of its own is written at most this often. */
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final JobView job;
    private final JobHandler handler;
    private final JobStore store;
    private final UUID instance;
    private final TransactionTemplate separate;
    private volatile boolean cancelled;
    private volatile boolean lost;
    private volatile boolean shuttingDown;
    private volatile long lastProgress;

    RunningJob(JobView job, JobHandler handler, JobStore store, UUID instance, TransactionTemplate separate) {
        this.job = job;
        this.handler = handler;
        this.store = store;
        this.instance = instance;
        this.separate = separate;
        this.lastProgress = System.nanoTime();
    }

    @Override
    public JobView job() {
        return job;
    }

    JobHandler handler() {
        return handler;
    }

    long id() {
        return job.id();
    }

    void cancelled() {
        cancelled = true;
    }

    void lost() {
        lost = true;
    }

    void shuttingDown() {
        shuttingDown = true;
    }

    @Override
    public void total(int total) {
        if (!Boolean.TRUE.equals(separate.execute(s -> store.total(job.id(), instance, total)))) {
            lost = true;
        }
        stopIfRequested();
    }

    @Override
    public void progress(int done) {
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
            lastProgress = now;
            seen(separate.execute(s -> store.progress(job.id(), instance, done)));
        }
        stopIfRequested();
    }

    @Override
    public void checkpoint(int done) {
        lastProgress = System.nanoTime();
        seen(store.progress(job.id(), instance, done));
        stopIfRequested();
    }

    private void seen(Optional<Boolean> cancelRequested) {
        if (cancelRequested.isEmpty()) {
            lost = true;
        } else if (cancelRequested.get()) {
            cancelled = true;
        }
    }

    @Override
    public void stopIfRequested() {
        if (lost) {
            throw new JobStoppedException(JobStoppedException.Reason.LOST, job.id());
        }
        if (cancelled) {
            throw new JobStoppedException(JobStoppedException.Reason.CANCELLED, job.id());
        }
        if (shuttingDown) {
            throw new JobStoppedException(JobStoppedException.Reason.SHUTTING_DOWN, job.id());
        }
    }

    @Override
    public void complete() {
        JobView ended = store.endOwned(job.id(), instance, JobState.DONE, null).orElseThrow(() -> {
            lost = true;
            return new JobStoppedException(JobStoppedException.Reason.LOST, job.id());
        });
        handler.ended(ended);
    }
}
