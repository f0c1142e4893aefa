package vn.thidua.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.support.IntegrationTest;

/**
 * The runner's ways of ending a job, with runners of their own (standing for other instances) on the
 * test database and a handler of a kind the application does not run: an instance shutting down hands
 * its job back to the queue for the next one, an instance thought dead stops without touching the rows
 * of the one that took its job over, and a failing job is failed with its partial rows removed.
 */
@IntegrationTest
class JobRunnerIntegrationTest {

    private static final String KIND = "TEST_RUNNER";
    private static final JobSettings FAST = new JobSettings(
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            Duration.ofMillis(200),
            Duration.ofMillis(100),
            1,
            2,
            Duration.ofSeconds(10));

    @Autowired
    JobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final TestHandler handler = new TestHandler();
    private final List<JobRunner> runners = new ArrayList<>();

    @AfterEach
    void stopTheRunners() {
        runners.forEach(JobRunner::stop);
        jdbc.sql("DELETE FROM job WHERE kind = :kind").param("kind", KIND).update();
    }

    @Test
    void aJobOfAnInstanceShuttingDownIsHandedBackAndRunFromScratchByTheNextInstance() throws Exception {
        JobRunner first = runner();
        handler.work = job -> {
            handler.started.countDown();
            while (true) {
                job.stopIfRequested();
                Thread.sleep(5);
            }
        };
        JobView job = store.insert(KIND, 1, "test");
        first.start();
        assertThat(handler.started.await(20, TimeUnit.SECONDS)).isTrue();
        first.stop();
        JobView handedBack = store.find(job.id()).orElseThrow();
        assertThat(handedBack.state())
                .as("queued again at once, not after the stale wait")
                .isEqualTo(JobState.QUEUED);
        assertThat(handler.discarded.get()).isEqualTo(1);

        handler.work = job2 -> job2.progress(1);
        runner().start();
        JobView done = waitFor(job.id(), JobView::finished);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.attempts())
                .as("a shutdown is not the job's fault: that attempt is not counted")
                .isEqualTo(1);
        assertThat(done.ownerInstance()).isNotEqualTo(handedBack.ownerInstance());
        assertThat(handler.ended.get()).isEqualTo(1);
    }

    @Test
    void anInstanceThoughtDeadStopsWithoutTouchingTheRowsOfTheInstanceThatTookItsJobOver() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        handler.work = job -> {
            handler.started.countDown();
            try {
                while (true) {
                    job.stopIfRequested();
                    Thread.sleep(5);
                }
            } finally {
                stopped.countDown();
            }
        };
        JobView job = store.insert(KIND, 2, "test");
        runner().start();
        assertThat(handler.started.await(20, TimeUnit.SECONDS)).isTrue();
        UUID other = UUID.randomUUID();
        // another instance took it over and beats its heartbeat
        jdbc.sql("UPDATE job SET owner_instance = :other, heartbeat_at = now() + interval '1 hour' WHERE id = :id")
                .param("other", other)
                .param("id", job.id())
                .update();
        assertThat(stopped.await(20, TimeUnit.SECONDS))
                .as("the heartbeat tells the old owner")
                .isTrue();
        Thread.sleep(300);
        JobView after = store.find(job.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(JobState.RUNNING);
        assertThat(after.ownerInstance()).isEqualTo(other);
        assertThat(handler.discarded.get()).as("the rows are the new owner's").isZero();
        assertThat(handler.ended.get()).isZero();
    }

    @Test
    void aFailingJobIsFailedWithItsHandlersMessageAndItsPartialRowsRemoved() throws Exception {
        handler.work = job -> {
            throw new IllegalStateException("hỏng giữa chừng");
        };
        JobView failing = store.insert(KIND, 3, "test");
        runner().start();
        JobView failed = waitFor(failing.id(), JobView::finished);
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("Việc thử bị lỗi.");
        assertThat(handler.discarded.get()).isEqualTo(1);

        handler.work = job -> {
            throw new JobFailedException(
                    "Tệp sai.",
                    () -> jdbc.sql("UPDATE job SET error = error || ' Dòng 3 sai.' WHERE id = :id")
                            .param("id", job.job().id())
                            .update());
        };
        JobView refused = store.insert(KIND, 4, "test");
        JobView explained = waitFor(refused.id(), JobView::finished);
        assertThat(explained.error())
                .as("the explanation is written with the failure")
                .isEqualTo("Tệp sai. Dòng 3 sai.");
    }

    @Test
    void aStaleJobWithoutAttemptsLeftIsFailedWithTheInterruptedMessage() throws Exception {
        long id = jdbc.sql("""
                INSERT INTO job (kind, ref_id, state, owner_instance, heartbeat_at, attempts, created_by)
                VALUES (:kind, 5, 'RUNNING', :owner, now() - interval '1 minute', 2, 'test') RETURNING id""")
                .param("kind", KIND)
                .param("owner", UUID.randomUUID())
                .query(Long.class)
                .single();
        runner().start();
        JobView failed = waitFor(id, JobView::finished);
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("Việc thử bị gián đoạn.");
        assertThat(handler.discarded.get()).isEqualTo(1);
        assertThat(handler.ended.get()).isEqualTo(1);
    }

    private JobRunner runner() {
        JobRunner runner = new JobRunner(store, List.of(handler), FAST, new InstanceId(), transactions);
        runners.add(runner);
        return runner;
    }

    private JobView waitFor(long id, Predicate<JobView> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JobView job = store.find(id).orElseThrow();
        while (!condition.test(job)) {
            assertThat(System.nanoTime()).as("job %d: %s", id, job).isLessThan(deadline);
            Thread.sleep(20);
            job = store.find(id).orElseThrow();
        }
        return job;
    }

    @FunctionalInterface
    interface Work {
        void run(JobContext job) throws Exception;
    }

    static final class TestHandler implements JobHandler {

        volatile Work work = job -> {};
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicInteger discarded = new AtomicInteger();
        final AtomicInteger ended = new AtomicInteger();

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public void run(JobContext job) throws Exception {
            work.run(job);
        }

        @Override
        public void discard(JobView job) {
            discarded.incrementAndGet();
        }

        @Override
        public void ended(JobView job) {
            ended.incrementAndGet();
        }

        @Override
        public String interruptedMessage() {
            return "Việc thử bị gián đoạn.";
        }

        @Override
        public String failedMessage() {
            return "Việc thử bị lỗi.";
        }
    }
}
