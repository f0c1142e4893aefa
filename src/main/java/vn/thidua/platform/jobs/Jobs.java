package vn.thidua.platform.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;

/**
 * Long work as jobs in the database, for the features: queue one for a record of theirs, read its
 * state and progress, cancel it. Who may see or cancel a job is the feature's to decide (it knows
 * whose record it is); this service knows no feature.
 */
@Service
public class Jobs {

    private final JobStore store;
    private final Map<String, JobHandler> handlers;
    private final ObjectProvider<JobRunner> runner;
    private final Messages messages;

    Jobs(JobStore store, List<JobHandler> handlers, ObjectProvider<JobRunner> runner, Messages messages) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
        this.runner = runner;
        this.messages = messages;
    }

    /**
     * Queues a job for the feature's record, in the caller's transaction: the record and its job are
     * saved together, and the job starts (on this instance if it has a free worker, else on the first
     * instance that has) once that transaction commits.
     */
    @Transactional
    public JobView submit(String kind, long refId, String createdBy) {
        if (!handlers.containsKey(kind)) {
            throw new IllegalArgumentException("no handler for jobs of kind " + kind);
        }
        JobView job = store.insert(kind, refId, createdBy);
        afterCommit(() -> runner.ifAvailable(JobRunner::wake));
        return job;
    }

    public Optional<JobView> find(long id) {
        return store.find(id);
    }

    /** The job of a feature's record, if it was run as one. */
    public Optional<JobView> findFor(String kind, long refId) {
        return store.findFor(kind, refId);
    }

    /**
     * Cancels a job: a queued one at once; a running one at its next check between two pieces of work,
     * where its instance removes what it wrote (or, if that instance stopped, the sweeper does). A
     * finished job is refused with code {@code job.cancel.finished}.
     */
    @Transactional
    public JobView cancel(long id) {
        JobView job = store.lock(id).orElseThrow(() -> new NotFoundException(messages.get("job.notFound", id)));
        switch (job.state()) {
            case QUEUED -> {
                JobView ended = store.endLocked(id, JobState.CANCELLED, null);
                JobHandler handler = handlers.get(job.kind());
                if (handler != null) {
                    handler.discard(ended);
                    handler.ended(ended);
                }
                return ended;
            }
            case RUNNING -> {
                store.requestCancel(id);
                afterCommit(() -> runner.ifAvailable(r -> r.cancelled(id)));
                return store.find(id).orElseThrow();
            }
            default ->
                throw new Conflict(
                        "job.cancel.finished",
                        messages.get("job.cancel.finished", messages.get("job.state." + job.state())));
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
