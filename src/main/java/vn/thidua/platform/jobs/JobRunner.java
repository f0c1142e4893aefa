package vn.thidua.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.platform.db.DatabaseOutage;

/**
 * Runs jobs on this instance: claims queued ones while it has a free worker, beats the heartbeat of
 * those it runs, and sweeps RUNNING jobs whose heartbeat went stale (their instance stopped): each is
 * cancelled if a user asked, queued again from scratch if its handler allows and it has attempts left,
 * failed otherwise, its partial rows removed by its handler in the same transaction. On shutdown the
 * jobs running here are handed back the same way, so that a restart loses no time to the stale wait.
 * Only a web application runs jobs (not {@code audit-verify}).
 */
@Component
@ConditionalOnWebApplication
class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final Map<String, JobHandler> handlers;
    private final JobSettings settings;
    private final UUID instance;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private final Semaphore free;
    private volatile boolean started;
    private ScheduledThreadPoolExecutor timers;
    private ScheduledThreadPoolExecutor beats;
    private ThreadPoolExecutor workers;

    JobRunner(
            JobStore store,
            List<JobHandler> handlers,
            JobSettings settings,
            InstanceId instance,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
        this.settings = settings;
        this.instance = instance.value();
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.free = new Semaphore(settings.workers());
    }

    @Override
    public void start() {
        if (handlers.isEmpty()) {
            return;
        }
        workers = new ThreadPoolExecutor(
                settings.workers(),
                settings.workers(),
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                new CustomizableThreadFactory("job-"));
        timers = new ScheduledThreadPoolExecutor(2, new CustomizableThreadFactory("jobs-"));
        beats = new ScheduledThreadPoolExecutor(1, new CustomizableThreadFactory("jobs-heartbeat-"));
        started = true;
        long beat = settings.heartbeat().toMillis();
        beats.scheduleAtFixedRate(() -> safely("heartbeat", this::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(
                () -> safely("sweep", this::sweep), 0, settings.sweep().toMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(
                () -> safely("dispatch", this::dispatch), 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        log.info(
                "Jobs on instance {}: {} with {} workers, heartbeat every {}, stale after {}",
                instance,
                handlers.keySet(),
                settings.workers(),
                settings.heartbeat(),
                settings.staleAfter());
    }

    @Override
    public void stop() {
        if (!started) {
            return;
        }
        started = false;
        timers.shutdown();
        running.values().forEach(RunningJob::shuttingDown);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(settings.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Jobs {} still running at shutdown: left to the other instances' sweepers", running.keySet());
            }
            timers.awaitTermination(settings.shutdownWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        beats.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Looks for queued work at once (a job was queued here, or a worker became free). */
    void wake() {
        if (started) {
            try {
                timers.execute(() -> safely("dispatch", this::dispatch));
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }

    /** A user's cancel reaches the job's next check at once instead of at the next heartbeat. */
    void cancelled(long jobId) {
        RunningJob job = running.get(jobId);
        if (job != null) {
            job.cancelled();
        }
    }

    synchronized void dispatch() {
        while (started && free.tryAcquire()) {
            Optional<JobView> claimed;
            try {
                claimed = store.claim(instance, handlers.keySet());
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                free.release();
                return;
            }
            JobView job = claimed.get();
            try {
                workers.execute(() -> {
                    try {
                        run(job);
                    } finally {
                        free.release();
                        wake();
                    }
                });
            } catch (RejectedExecutionException e) {
                // shut down between the claim and now: handed back at once rather than after the stale wait
                free.release();
                transaction.executeWithoutResult(
                        s -> store.lockOwned(job.id(), instance).ifPresent(v -> interrupted(v, true)));
            }
        }
    }

    private void run(JobView claimed) {
        RunningJob job = new RunningJob(claimed, handlers.get(claimed.kind()), store, instance, separate);
        running.put(job.id(), job);
        log.info("Job {} ({} {}) started, attempt {}", job.id(), claimed.kind(), claimed.refId(), claimed.attempts());
        try {
            job.handler().run(job);
            finish(job);
        } catch (Throwable thrown) {
            Throwable e = unwrapped(thrown);
            try {
                if (e instanceof JobStoppedException stopped) {
                    stopped(job, stopped.reason());
                } else {
                    failed(job, e);
                }
            } catch (RuntimeException ending) {
                // the sweepers end it once its heartbeat is stale
                log.error("Job {} could not be ended; left to the sweepers", job.id(), ending);
            }
            if (thrown instanceof Error error) {
                throw error;
            }
        } finally {
            running.remove(job.id());
        }
    }

    private void finish(RunningJob job) {
        Optional<JobView> ended = transaction.execute(
                s -> store.endOwned(job.id(), instance, JobState.DONE, null).map(v -> {
                    job.handler().ended(v);
                    return v;
                }));
        if (ended.isPresent()) {
            log.info(
                    "Job {} done: {} / {}",
                    job.id(),
                    ended.get().done(),
                    ended.get().total());
        } else if (store.find(job.id())
                .map(v -> v.state() == JobState.DONE && instance.equals(v.ownerInstance()))
                .orElse(false)) {
            log.info("Job {} done", job.id());
        } else {
            log.warn("Job {} finished here after another instance took it over; its outcome is the other's", job.id());
        }
    }

    private void stopped(RunningJob job, JobStoppedException.Reason reason) {
        switch (reason) {
            case CANCELLED -> {
                transaction.executeWithoutResult(s -> store.endOwned(job.id(), instance, JobState.CANCELLED, null)
                        .ifPresent(v -> {
                            job.handler().discard(v);
                            job.handler().ended(v);
                        }));
                log.info("Job {} cancelled, its partial rows removed", job.id());
            }
            case LOST ->
                log.warn(
                        "Job {} was taken over by another instance (this one was thought stopped); stopped here",
                        job.id());
            case SHUTTING_DOWN ->
                transaction.executeWithoutResult(
                        s -> store.lockOwned(job.id(), instance).ifPresent(v -> interrupted(v, true)));
        }
    }

    private void failed(RunningJob job, Throwable e) {
        String message;
        if (e instanceof JobFailedException refused) {
            log.info("Job {} failed: {}", job.id(), refused.getMessage());
            message = refused.getMessage();
        } else {
            log.error("Job {} failed", job.id(), e);
            message = job.handler().failedMessage();
        }
        transaction.executeWithoutResult(s -> store.endOwned(job.id(), instance, JobState.FAILED, message)
                .ifPresent(v -> {
                    job.handler().discard(v);
                    if (e instanceof JobFailedException refused) {
                        refused.explain();
                    }
                    job.handler().ended(v);
                }));
    }

    /**
     * A job whose instance stopped (or is stopping), its row locked by the caller's transaction: cancelled
     * if a user asked, queued again from scratch if its handler allows and it has attempts left, failed
     * otherwise; its partial rows removed in every case. A job handed back by an instance shutting down
     * ({@code handedBack}) was not the cause of the stop: that attempt is not counted.
     */
    private JobState interrupted(JobView job, boolean handedBack) {
        JobHandler handler = handlers.get(job.kind());
        if (job.cancelRequested()) {
            JobView ended = store.endLocked(job.id(), JobState.CANCELLED, null);
            handler.discard(ended);
            handler.ended(ended);
            log.info(
                    "Job {} ({} {}) of instance {} interrupted and cancelled",
                    job.id(),
                    job.kind(),
                    job.refId(),
                    job.ownerInstance());
            return JobState.CANCELLED;
        }
        handler.discard(job);
        if (handler.runsAgainAfterInterruption() && (handedBack || job.attempts() < settings.maxAttempts())) {
            store.requeue(job.id(), handedBack);
            log.info(
                    "Job {} ({} {}) of instance {} interrupted after {} / {}: queued again to run from scratch",
                    job.id(),
                    job.kind(),
                    job.refId(),
                    job.ownerInstance(),
                    job.done(),
                    job.total());
            return JobState.QUEUED;
        }
        JobView ended = store.endLocked(job.id(), JobState.FAILED, handler.interruptedMessage());
        handler.ended(ended);
        log.warn(
                "Job {} ({} {}) of instance {} interrupted after {} / {}, attempt {}: failed",
                job.id(),
                job.kind(),
                job.refId(),
                job.ownerInstance(),
                job.done(),
                job.total(),
                job.attempts());
        return JobState.FAILED;
    }

    /** Takes over, one at a time, the RUNNING jobs whose instance stopped beating their heartbeat. */
    void sweep() {
        boolean queued = false;
        while (started) {
            Set<Long> mine = Set.copyOf(running.keySet());
            Optional<JobState> outcome =
                    transaction.execute(s -> store.lockStale(instance, handlers.keySet(), settings.staleAfter(), mine)
                            .map(v -> interrupted(v, false)));
            if (outcome.isEmpty()) {
                break;
            }
            queued |= outcome.get() == JobState.QUEUED;
        }
        if (queued) {
            wake();
        }
    }

    void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        Set<Long> ids = Set.copyOf(running.keySet());
        store.beat(instance, ids);
        for (JobStore.Status status : store.statuses(ids)) {
            RunningJob job = running.get(status.id());
            if (job == null) {
                continue;
            }
            if (!instance.equals(status.owner()) || status.state() != JobState.RUNNING) {
                job.lost();
            } else if (status.cancelRequested()) {
                job.cancelled();
            }
        }
    }

    private static Throwable unwrapped(Throwable e) {
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static void safely(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: log and try at the next tick
            if (DatabaseOutage.causes(e)) {
                log.warn("Jobs: {} waits for the database: {}", what, e.getMessage());
            } else {
                log.error("Jobs: {} failed", what, e);
            }
        }
    }
}
