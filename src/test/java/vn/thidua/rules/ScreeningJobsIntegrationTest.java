package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.thidua.platform.jobs.InstanceId;
import vn.thidua.platform.jobs.JobState;
import vn.thidua.platform.jobs.JobView;
import vn.thidua.platform.jobs.Jobs;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Role;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Screening runs as jobs: a run whose instance died is run again from scratch (or, interrupted too
 * often, failed with its partial rows removed), and a user's cancel stops a running screening and
 * removes what it wrote.
 */
@IntegrationTest
class ScreeningJobsIntegrationTest extends ApplicationTestBase {

    private static final CurrentUser ADMIN = new CurrentUser(0, "test", "Test", Role.ADMIN, null, null, null);

    @Autowired
    ScreeningService screenings;

    @Autowired
    Jobs jobs;

    @Autowired
    InstanceId instance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aRunWhoseInstanceDiedIsRunAgainFromScratchByAnInstanceStillAlive() throws Exception {
        BlocFixture.Bloc province = fixture.create(1, 2025);
        long unit = province.unit(0);
        int people = ScreeningJob.CHUNK + ScreeningJob.CHUNK / 2;
        staff(unit, people);
        ScreeningView fresh = screenings.startForUnit(ADMIN, unit, 2025);
        JobView freshJob = waitFor(fresh.jobId(), JobView::finished);
        assertThat(freshJob.state()).isEqualTo(JobState.DONE);
        List<String> expected = results(fresh.id());
        assertThat(expected).isNotEmpty();

        long dead = deadRun(unit, 1, "officer");
        JobView job =
                waitFor(jobs.findFor(ScreeningJob.KIND, dead).orElseThrow().id(), JobView::finished);
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.attempts()).as("taken over once").isEqualTo(2);
        assertThat(job.ownerInstance()).isEqualTo(instance.value());
        assertThat(job.done()).isEqualTo(people);
        assertThat(results(dead))
                .as("the dead instance's rows gone, every row once")
                .isEqualTo(expected);
        assertThat(jdbc.sql("SELECT count(*) FROM screening_text WHERE run_id = :r AND text = 'de dang do'")
                        .param("r", dead)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRunInterruptedTooOftenIsFailedInVietnameseWithItsPartialRowsRemoved() throws Exception {
        BlocFixture.Bloc province = fixture.create(1, 2025);
        long unit = province.unit(0);
        staff(unit, 10);
        long dead = deadRun(unit, 2, province.officers().get(0));
        JobView job =
                waitFor(jobs.findFor(ScreeningJob.KIND, dead).orElseThrow().id(), JobView::finished);
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        assertThat(job.error()).isEqualTo("Lượt kiểm tra bị gián đoạn do máy chủ dừng; hãy chạy lại.");
        assertThat(results(dead)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM screening_text WHERE run_id = :r")
                        .param("r", dead)
                        .query(Long.class)
                        .single())
                .isZero();
        String page = WebSession.loggedIn(port, province.officers().get(0))
                .get("/rules/screenings/" + dead)
                .body();
        assertThat(page)
                .contains("Lượt kiểm tra bị gián đoạn do máy chủ dừng; hãy chạy lại.")
                .doesNotContain("Đang rà soát");
        JsonNode api =
                Api.as(port, province.board()).get("/api/v1/screenings/" + dead).json();
        assertThat(api.get("status").asString()).isEqualTo("FAILED");
        Api.Response again = Api.as(port, province.board()).post("/api/v1/screenings/" + dead + "/cancel", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("job.cancel.finished");
        assertThat(again.json().get("detail").asString())
                .isEqualTo("Công việc đã kết thúc (bị lỗi); không hủy được nữa.");
    }

    @Test
    void cancelStopsARunningScreeningAndRemovesItsPartialRows() throws Exception {
        BlocFixture.Bloc province = fixture.create(1, 2025);
        long unit = province.unit(0);
        int people = 3 * ScreeningJob.CHUNK + ScreeningJob.CHUNK / 2;
        staff(unit, people);
        // the run's second chunk waits, inside its COPY, for a lock this test holds: the first chunk is
        // written, the run is running, and the cancel lands before anything else is
        try (Connection gate = dataSource.getConnection();
                Statement sql = gate.createStatement()) {
            sql.execute("""
                    CREATE FUNCTION test_hold_second_chunk() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF NEW.row_no > %d AND EXISTS (SELECT 1 FROM screening_run r WHERE r.id = NEW.run_id
                          AND r.unit_id = %d) THEN
                        PERFORM pg_advisory_lock_shared(724001);
                        PERFORM pg_advisory_unlock_shared(724001);
                      END IF;
                      RETURN NEW;
                    END $$""".formatted(ScreeningJob.CHUNK, unit));
            sql.execute("CREATE TRIGGER test_hold_second_chunk BEFORE INSERT ON screening_result FOR EACH ROW "
                    + "EXECUTE FUNCTION test_hold_second_chunk()");
            sql.execute("SELECT pg_advisory_lock(724001)");
            boolean held = true;
            try {
                WebSession board = WebSession.loggedIn(port, province.board());
                board.get("/rules/screenings/new");
                WebSession.Page started = board.postForm("/rules/screenings", Map.of("unitId", unit, "year", 2025));
                assertThat(started.status()).isEqualTo(302);
                long run = Long.parseLong(started.location().replaceAll(".*/", ""));
                long jobId = jobs.findFor(ScreeningJob.KIND, run).orElseThrow().id();
                JobView running = waitFor(jobId, j -> j.done() >= ScreeningJob.CHUNK);
                assertThat(running.state()).isEqualTo(JobState.RUNNING);
                assertThat(running.total()).isEqualTo(people);
                long partial = jdbc.sql("SELECT count(*) FROM screening_result WHERE run_id = :r")
                        .param("r", run)
                        .query(Long.class)
                        .single();
                assertThat(partial).as("the first chunk's results are written").isPositive();

                String page = board.get("/rules/screenings/" + run).body();
                assertThat(page).contains("Đang rà soát", "Hủy lượt rà soát");
                WebSession.Page cancelled = board.postForm("/rules/screenings/" + run + "/cancel", Map.of());
                assertThat(cancelled.status()).isEqualTo(302);
                assertThat(jobs.find(jobId).orElseThrow().cancelRequested()).isTrue();
                assertThat(board.get("/rules/screenings/" + run).body()).contains("Đang hủy");
                sql.execute("SELECT pg_advisory_unlock(724001)");
                held = false;

                JobView ended = waitFor(jobId, JobView::finished);
                assertThat(ended.state()).isEqualTo(JobState.CANCELLED);
                assertThat(ended.done()).as("stopped at the second chunk").isLessThan(people);
                assertThat(results(run)).as("partial rows removed").isEmpty();
                assertThat(jdbc.sql("SELECT count(*) FROM screening_text WHERE run_id = :r")
                                .param("r", run)
                                .query(Long.class)
                                .single())
                        .isZero();
                assertThat(board.get("/rules/screenings/" + run).body())
                        .contains("Lượt rà soát đã bị hủy")
                        .doesNotContain("Hủy lượt rà soát");
                Api.Response stranger = Api.as(port, "ban.langson").post("/api/v1/screenings/" + run + "/cancel", "{}");
                assertThat(stranger.status())
                        .as("another authority's board sees nothing of it")
                        .isEqualTo(403);
                assertThat(stranger.json().get("code").asString()).isEqualTo("screening.refused.notVisible");
            } finally {
                if (held) {
                    sql.execute("SELECT pg_advisory_unlock(724001)");
                }
                sql.execute("DROP TRIGGER test_hold_second_chunk ON screening_result");
                sql.execute("DROP FUNCTION test_hold_second_chunk()");
            }
        }
    }

    /** People of the unit with five years rated excellent and twelve months' work in 2025: each may be eligible. */
    private void staff(long unit, int people) {
        jdbc.sql("""
                INSERT INTO subject (kind, full_name, unit_id)
                SELECT 'INDIVIDUAL', 'Người thử ' || g, :u FROM generate_series(1, :n) g""").param("u", unit).param("n", people).update();
        jdbc.sql("""
                INSERT INTO subject_rating (subject_id, year, rating)
                SELECT s.id, y, 'HTXSNV' FROM subject s, generate_series(2021, 2025) y WHERE s.unit_id = :u""").param("u", unit).update();
        jdbc.sql(
                        "INSERT INTO subject_year (subject_id, year, months_worked) SELECT id, 2025, 12 FROM subject WHERE unit_id = :u")
                .param("u", unit)
                .update();
    }

    /**
     * A run as an instance leaves it when it is killed mid-way: RUNNING, owned by an instance that no
     * longer beats its heartbeat, with a few rows written (one of them wrong, to be sure they go).
     */
    private long deadRun(long unit, int attempts, String createdBy) {
        long run = jdbc.sql("""
                INSERT INTO screening_run (year, unit_id, source, created_by) VALUES (2025, :u, 'UNIT', :by) RETURNING id""")
                .param("u", unit)
                .param("by", createdBy)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO screening_text (run_id, idx, text) VALUES (:r, 0, 'de dang do')""").param("r", run).update();
        jdbc.sql("""
                INSERT INTO screening_result (run_id, row_no, subject_id, award, verdict, reasons)
                SELECT :r, row_number() OVER (ORDER BY id), id, 'CSTD_TQ', 'ELIGIBLE', '0+' FROM subject WHERE unit_id = :u""").param("r", run).param("u", unit).update();
        jdbc.sql("""
                INSERT INTO job (kind, ref_id, state, owner_instance, heartbeat_at, done, total, attempts, created_by,
                    started_at)
                VALUES ('SCREENING', :r, 'RUNNING', :owner, now() - interval '10 minutes', 3, 10, :attempts, :by,
                        now() - interval '11 minutes')""")
                .param("r", run)
                .param("owner", UUID.randomUUID())
                .param("attempts", attempts)
                .param("by", createdBy)
                .update();
        return run;
    }

    private List<String> results(long run) {
        return jdbc.sql("""
                SELECT row_no || ' ' || subject_id || ' ' || award || ' ' || verdict FROM screening_result
                    WHERE run_id = :r
                ORDER BY row_no, award""").param("r", run).query(String.class).list().stream()
                // subject ids are the same people in both runs; the comparison is of what was found for whom
                .toList();
    }

    private JobView waitFor(long jobId, Predicate<JobView> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JobView job = jobs.find(jobId).orElseThrow();
        while (!condition.test(job)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + jobId + " did not get there: " + job);
            }
            Thread.sleep(20);
            job = jobs.find(jobId).orElseThrow();
        }
        return job;
    }
}
