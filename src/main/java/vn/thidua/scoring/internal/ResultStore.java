package vn.thidua.scoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.scoring.TextLimits;
import vn.thidua.scoring.domain.ScoreRules;

/** Discrepancy resolutions, final scores, objections and the audit of every later change. */
@Repository
public class ResultStore {

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Resolution(BigDecimal points, String reason, String resolvedBy) {}

    public record ObjectionRow(
            long id,
            long unitId,
            Long criterionId,
            String reason,
            String raisedBy,
            Instant raisedAt,
            String answer,
            String answeredBy,
            Instant answeredAt,
            long version) {}

    public record ChangeRow(
            long unitId,
            long criterionId,
            BigDecimal oldPoints,
            BigDecimal newPoints,
            String reason,
            String stage,
            String changedBy,
            Instant changedAt) {}

    /** unit → criterion → resolution. */
    public Map<Long, Map<Long, Resolution>> resolutions(long yearId) {
        Map<Long, Map<Long, Resolution>> all = new HashMap<>();
        jdbc.sql("SELECT * FROM discrepancy_resolution WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query((ResultSet rs) -> {
                    all.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
                            .put(
                                    rs.getLong("criterion_id"),
                                    new Resolution(
                                            ScoreRules.normalize(rs.getBigDecimal("points")),
                                            rs.getString("reason"),
                                            rs.getString("resolved_by")));
                });
        return all;
    }

    public void resolve(
            long yearId, long unitId, long criterionId, BigDecimal points, String reason, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO discrepancy_resolution (bloc_year_id, unit_id, criterion_id, points, reason, resolved_by,
                    resolved_at)
                VALUES (:y, :u, :c, :p, :reason, :by, :at)
                ON CONFLICT (bloc_year_id, unit_id, criterion_id)
                DO UPDATE SET points = :p, reason = :reason, resolved_by = :by, resolved_at = :at""")
                .param("y", yearId)
                .param("u", unitId)
                .param("c", criterionId)
                .param("p", points)
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void insertFinal(long yearId, Map<Long, Map<Long, BigDecimal>> points) {
        points.forEach((unit, byCriterion) -> byCriterion.forEach((criterion, value) -> jdbc.sql("""
                INSERT INTO final_score (bloc_year_id, unit_id, criterion_id, points) VALUES (:y, :u, :c, :p)""")
                .param("y", yearId)
                .param("u", unit)
                .param("c", criterion)
                .param("p", value)
                .update()));
    }

    /** unit → criterion → final points. */
    public Map<Long, Map<Long, BigDecimal>> finals(long yearId) {
        Map<Long, Map<Long, BigDecimal>> all = new HashMap<>();
        jdbc.sql("SELECT unit_id, criterion_id, points FROM final_score WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query((ResultSet rs) -> {
                    all.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
                            .put(rs.getLong("criterion_id"), ScoreRules.normalize(rs.getBigDecimal("points")));
                });
        return all;
    }

    /** Changes one final score and records old value, new value, who, when and why in the same transaction. */
    public void change(
            long yearId,
            long unitId,
            long criterionId,
            BigDecimal points,
            String reason,
            String stage,
            String by,
            Instant at) {
        String why = reason.length() > TextLimits.REASON ? reason.substring(0, TextLimits.REASON - 1) + "…" : reason;
        BigDecimal old = jdbc.sql("""
                SELECT points FROM final_score WHERE bloc_year_id = :y AND unit_id = :u AND criterion_id = :c FOR UPDATE""")
                .param("y", yearId)
                .param("u", unitId)
                .param("c", criterionId)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO);
        jdbc.sql("""
                INSERT INTO final_score (bloc_year_id, unit_id, criterion_id, points) VALUES (:y, :u, :c, :p)
                ON CONFLICT (bloc_year_id, unit_id, criterion_id) DO UPDATE SET points = :p""")
                .param("y", yearId)
                .param("u", unitId)
                .param("c", criterionId)
                .param("p", points)
                .update();
        jdbc.sql("""
                INSERT INTO score_change (bloc_year_id, unit_id, criterion_id, old_points, new_points, reason, stage,
                       changed_by, changed_at)
                VALUES (:y, :u, :c, :old, :new, :reason, :stage, :by, :at)""")
                .param("y", yearId)
                .param("u", unitId)
                .param("c", criterionId)
                .param("old", old)
                .param("new", points)
                .param("reason", why)
                .param("stage", stage)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        // readers keep computed rankings by round version: a changed score makes a new one
        jdbc.sql("UPDATE scoring_round SET version = version + 1 WHERE bloc_year_id = :y")
                .param("y", yearId)
                .update();
    }

    public List<ChangeRow> changes(long yearId) {
        return jdbc.sql("SELECT * FROM score_change WHERE bloc_year_id = :id ORDER BY id")
                .param("id", yearId)
                .query((rs, i) -> new ChangeRow(
                        rs.getLong("unit_id"),
                        rs.getLong("criterion_id"),
                        ScoreRules.normalize(rs.getBigDecimal("old_points")),
                        ScoreRules.normalize(rs.getBigDecimal("new_points")),
                        rs.getString("reason"),
                        rs.getString("stage"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    public boolean consolidate(long yearId, LocalDate from, LocalDate until, String by, Instant at, Long version) {
        return jdbc.sql("""
                UPDATE scoring_round SET stage = 'CONSOLIDATED', consolidated_at = :at, consolidated_by = :by,
                       objection_from = :from, objection_until = :until, version = version + 1
                WHERE bloc_year_id = :id AND stage = 'SCORING' AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", yearId)
                        .param("from", from)
                        .param("until", until)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean lock(long yearId, long version, String by, Instant at) {
        return jdbc.sql("""
                UPDATE scoring_round SET stage = 'LOCKED', locked_at = :at, locked_by = :by, version = version + 1
                WHERE bloc_year_id = :id AND stage = 'CONSOLIDATED' AND version = :version""")
                        .param("id", yearId)
                        .param("version", version)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public long insertObjection(long yearId, long unitId, Long criterionId, String reason, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO score_objection (bloc_year_id, unit_id, criterion_id, reason, raised_by, raised_at)
                VALUES (:y, :u, :c, :reason, :by, :at) RETURNING id""")
                .param("y", yearId)
                .param("u", unitId)
                .param("c", criterionId)
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<ObjectionRow> objections(long yearId) {
        return jdbc.sql("SELECT * FROM score_objection WHERE bloc_year_id = :id ORDER BY id")
                .param("id", yearId)
                .query((rs, i) -> new ObjectionRow(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getObject("criterion_id", Long.class),
                        rs.getString("reason"),
                        rs.getString("raised_by"),
                        rs.getTimestamp("raised_at").toInstant(),
                        rs.getString("answer"),
                        rs.getString("answered_by"),
                        RoundStore.instant(rs, "answered_at"),
                        rs.getLong("version")))
                .list();
    }

    public Optional<ObjectionRow> objection(long yearId, long id) {
        return objections(yearId).stream().filter(o -> o.id() == id).findFirst();
    }

    public boolean answer(long id, String answer, String by, Instant at, Long version) {
        return jdbc.sql("""
                UPDATE score_objection SET answer = :answer, answered_by = :by, answered_at = :at, version = version + 1
                WHERE id = :id AND answered_at IS NULL AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", id)
                        .param("answer", answer)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("version", version)
                        .update()
                == 1;
    }
}
