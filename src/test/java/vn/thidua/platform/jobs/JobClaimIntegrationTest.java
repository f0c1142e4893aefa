package vn.thidua.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.support.IntegrationTest;

/**
 * Claiming queued jobs on the real database: instances racing for the same queue each get a job at
 * most once. The jobs here are of a kind no handler runs, so the application's own runner leaves them alone.
 */
@IntegrationTest
class JobClaimIntegrationTest {

    private static final String KIND = "TEST_CLAIM_RACE";

    @Autowired
    JobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Jobs jobs;

    @AfterEach
    void removeTheTestJobs() {
        jdbc.sql("DELETE FROM job WHERE kind = :kind").param("kind", KIND).update();
    }

    @Test
    void twoClaimersRacingForOneQueuedJobClaimItOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                JobView queued = store.insert(KIND, round, "test");
                UUID first = UUID.randomUUID();
                UUID second = UUID.randomUUID();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Optional<JobView>> a = threads.submit(() -> {
                    together.await();
                    return store.claim(first, Set.of(KIND));
                });
                Future<Optional<JobView>> b = threads.submit(() -> {
                    together.await();
                    return store.claim(second, Set.of(KIND));
                });
                Optional<JobView> byFirst = a.get();
                Optional<JobView> bySecond = b.get();
                assertThat(byFirst.isPresent() ^ bySecond.isPresent())
                        .as("round %d: exactly one claimer gets the job", round)
                        .isTrue();
                JobView claimed = byFirst.orElseGet(bySecond::get);
                assertThat(claimed.id()).isEqualTo(queued.id());
                JobView stored = store.find(queued.id()).orElseThrow();
                assertThat(stored.state()).isEqualTo(JobState.RUNNING);
                assertThat(stored.attempts()).as("claimed once").isEqualTo(1);
                assertThat(stored.ownerInstance()).isEqualTo(byFirst.isPresent() ? first : second);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manyClaimersShareAQueueWithoutTakingAnyJobTwice() throws Exception {
        int jobs = 30;
        int claimers = 4;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            ids.add(store.insert(KIND, 1000 + i, "test").id());
        }
        ExecutorService threads = Executors.newFixedThreadPool(claimers);
        try {
            CyclicBarrier together = new CyclicBarrier(claimers);
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                UUID instance = UUID.randomUUID();
                taken.add(threads.submit(() -> {
                    together.await();
                    List<Long> mine = new ArrayList<>();
                    for (Optional<JobView> job = store.claim(instance, Set.of(KIND));
                            job.isPresent();
                            job = store.claim(instance, Set.of(KIND))) {
                        mine.add(job.get().id());
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : taken) {
                all.addAll(f.get());
            }
            assertThat(all).as("every job claimed, none twice").containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE kind = :kind AND (state <> 'RUNNING' OR attempts <> 1)")
                        .param("kind", KIND)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aQueuedJobIsCancelledAtOnceAndAnEndedOneIsRefusedWithItsCode() {
        JobView queued = store.insert(KIND, 5000, "test");
        JobView cancelled = jobs.cancel(queued.id());
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.finishedAt()).isNotNull();
        assertThatThrownBy(() -> jobs.cancel(queued.id()))
                .isInstanceOf(Conflict.class)
                .hasMessage("Công việc đã kết thúc (đã hủy); không hủy được nữa.")
                .extracting(e -> ((Conflict) e).code())
                .isEqualTo("job.cancel.finished");
    }
}
