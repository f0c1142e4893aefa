package vn.thidua.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The job table. Times are the database's ({@code now()}), never an instance's clock, so that instances
 * whose clocks differ agree on which heartbeat is stale. Writes by a running job are fenced by
 * {@code owner_instance} and {@code state = 'RUNNING'}.
 */
@Repository
class JobStore {

    private static final String COLUMNS = """
            id, kind, ref_id, state, owner_instance, heartbeat_at, done, total, cancel_requested, attempts, error,
            created_by, created_at, started_at, finished_at""";

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JobView insert(String kind, long refId, String createdBy) {
        return jdbc.sql("INSERT INTO job (kind, ref_id, created_by) VALUES (:kind, :ref, :by) RETURNING " + COLUMNS)
                .param("kind", kind)
                .param("ref", refId)
                .param("by", createdBy)
                .query(JobStore::view)
                .single();
    }

    Optional<JobView> find(long id) {
        return byId(id, "");
    }

    Optional<JobView> findFor(String kind, long refId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE kind = :kind AND ref_id = :ref")
                .param("kind", kind)
                .param("ref", refId)
                .query(JobStore::view)
                .optional();
    }

    /** The job's row, locked until the end of the caller's transaction. */
    Optional<JobView> lock(long id) {
        return byId(id, " FOR UPDATE");
    }

    private Optional<JobView> byId(long id, String locking) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = :id" + locking)
                .param("id", id)
                .query(JobStore::view)
                .optional();
    }

    /**
     * The oldest queued job of these kinds, now RUNNING on this instance; empty when there is none. Two
     * instances (or threads) asking at once never get the same job: a row another claimer holds is
     * skipped, and one it has claimed is no longer QUEUED when the lock is released.
     */
    Optional<JobView> claim(UUID instance, Collection<String> kinds) {
        return jdbc.sql("""
                UPDATE job SET state = 'RUNNING', owner_instance = :me, heartbeat_at = now(), started_at = now(),
                       attempts = attempts + 1, done = 0
                WHERE id = (SELECT id FROM job WHERE state = 'QUEUED' AND kind IN (:kinds) ORDER BY id
                            LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS)
                .param("me", instance)
                .param("kinds", kinds)
                .query(JobStore::view)
                .optional();
    }

    /**
     * A RUNNING job whose heartbeat is older than {@code staleAfter}, locked; empty when none. Its instance
     * stopped: another one, or this one in an earlier life, or this one when the job's worker ended without
     * ending it ({@code running}: the jobs this process is running, which beat their heartbeat).
     */
    Optional<JobView> lockStale(
            UUID instance, Collection<String> kinds, Duration staleAfter, Collection<Long> running) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM job WHERE state = 'RUNNING' AND kind IN (:kinds)
                   AND heartbeat_at < now() - make_interval(secs => :stale)
                   AND NOT (owner_instance = :me AND id IN (:running))
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("me", instance)
                .param("kinds", kinds)
                .param("stale", staleAfter.toMillis() / 1000.0)
                .param("running", running.isEmpty() ? List.of(-1L) : running)
                .query(JobStore::view)
                .optional();
    }

    /** This instance's RUNNING job, locked; empty when this instance no longer owns it. */
    Optional<JobView> lockOwned(long id, UUID instance) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM job WHERE id = :id AND owner_instance = :me AND state = 'RUNNING' FOR UPDATE")
                .param("id", id)
                .param("me", instance)
                .query(JobStore::view)
                .optional();
    }

    /** Progress and heartbeat of an owned job: its cancel flag, or empty when this instance no longer owns it. */
    Optional<Boolean> progress(long id, UUID instance, int done) {
        return jdbc.sql("""
                UPDATE job SET done = :done, heartbeat_at = now()
                WHERE id = :id AND owner_instance = :me AND state = 'RUNNING' RETURNING cancel_requested""")
                .param("id", id)
                .param("me", instance)
                .param("done", done)
                .query(Boolean.class)
                .optional();
    }

    boolean total(long id, UUID instance, int total) {
        return jdbc.sql("""
                UPDATE job SET total = :total, heartbeat_at = now()
                WHERE id = :id AND owner_instance = :me AND state = 'RUNNING'""")
                        .param("id", id)
                        .param("me", instance)
                        .param("total", total)
                        .update()
                == 1;
    }

    /**
     * Beats the heartbeat of this instance's running jobs. A row locked at that moment is skipped, not
     * waited for: either its own chunk is being written (which beats it) or another instance is taking it
     * over; waiting could hold every other job's beat behind it.
     */
    void beat(UUID instance, Collection<Long> ids) {
        jdbc.sql("""
                UPDATE job SET heartbeat_at = now()
                WHERE id IN (SELECT id FROM job WHERE id IN (:ids) AND owner_instance = :me AND state = 'RUNNING'
                             FOR UPDATE SKIP LOCKED)""").param("ids", ids).param("me", instance).update();
    }

    record Status(long id, UUID owner, JobState state, boolean cancelRequested) {}

    /** What this instance must know of its running jobs: cancelled, or no longer its own. A plain read: never waits. */
    List<Status> statuses(Collection<Long> ids) {
        return jdbc.sql("SELECT id, owner_instance, state, cancel_requested FROM job WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, i) -> new Status(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        JobState.valueOf(rs.getString(3)),
                        rs.getBoolean(4)))
                .list();
    }

    /** Ends a job this instance owns and runs; empty when it no longer owns it. A DONE job has done every item. */
    Optional<JobView> endOwned(long id, UUID instance, JobState state, String error) {
        return jdbc.sql("""
                UPDATE job SET state = :state, error = :error, finished_at = now(), heartbeat_at = now(),
                       done = CASE WHEN :state = 'DONE' AND total > done THEN total ELSE done END
                WHERE id = :id AND owner_instance = :me AND state = 'RUNNING'
                RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("me", instance)
                .param("state", state.name())
                .param("error", clip(error))
                .query(JobStore::view)
                .optional();
    }

    /** Ends a job whose row the caller has locked (a queued job cancelled, a stale one swept). */
    JobView endLocked(long id, JobState state, String error) {
        return jdbc.sql("""
                UPDATE job SET state = :state, error = :error, finished_at = now()
                WHERE id = :id RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("state", state.name())
                .param("error", clip(error))
                .query(JobStore::view)
                .single();
    }

    /**
     * Back to the queue, to be run from scratch by the next free instance (the caller has locked the row);
     * {@code uncounted}: the attempt that ends here does not count (its instance was shut down).
     */
    JobView requeue(long id, boolean uncounted) {
        return jdbc.sql("""
                UPDATE job SET state = 'QUEUED', heartbeat_at = NULL, done = 0, started_at = NULL,
                       attempts = CASE WHEN :uncounted THEN attempts - 1 ELSE attempts END
                WHERE id = :id RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("uncounted", uncounted)
                .query(JobStore::view)
                .single();
    }

    void requestCancel(long id) {
        jdbc.sql("UPDATE job SET cancel_requested = true WHERE id = :id")
                .param("id", id)
                .update();
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    private static JobView view(ResultSet rs, int i) throws SQLException {
        return new JobView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getLong("ref_id"),
                JobState.valueOf(rs.getString("state")),
                rs.getObject("owner_instance", UUID.class),
                rs.getObject("heartbeat_at", OffsetDateTime.class),
                rs.getInt("done"),
                rs.getInt("total"),
                rs.getBoolean("cancel_requested"),
                rs.getInt("attempts"),
                rs.getString("error"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
