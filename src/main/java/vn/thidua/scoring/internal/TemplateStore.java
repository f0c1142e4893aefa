package vn.thidua.scoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.scoring.TemplateChoice;
import vn.thidua.scoring.TemplateView;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.CompletionBand;
import vn.thidua.scoring.domain.CriterionKind;
import vn.thidua.scoring.domain.ScoreRules;
import vn.thidua.scoring.domain.TieBreak;

@Repository
public class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings of a new version; the criteria and bands follow with {@link #replaceLines}. */
    public record Settings(
            long authorityId,
            int year,
            String name,
            BigDecimal bonusCap,
            BigDecimal penaltyCap,
            BigDecimal discrepancyPoints,
            BigDecimal discrepancyPercent,
            List<TieBreak> tieBreaks) {}

    public List<TemplateView> list(Long authorityId) {
        return jdbc.sql("""
                SELECT t.*, a.name AS authority_name FROM scoring_template t JOIN authority a ON a.id = t.authority_id
                WHERE CAST(:a AS bigint) IS NULL OR t.authority_id = :a
                ORDER BY t.year DESC, a.name COLLATE vi, t.version_no DESC""")
                .param("a", authorityId)
                .query((rs, i) -> template(rs, List.of(), List.of()))
                .list();
    }

    public List<TemplateChoice> choices(long authorityId, int year) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.version_no,
                       (SELECT count(*) FROM scoring_template_criterion c WHERE c.template_id = t.id) AS criteria
                FROM scoring_template t
                WHERE t.authority_id = :a AND t.year = :year AND t.published_at IS NOT NULL
                ORDER BY t.version_no DESC""")
                .param("a", authorityId)
                .param("year", year)
                .query((rs, i) -> new TemplateChoice(
                        rs.getLong("id"), rs.getString("name"), rs.getInt("version_no"), rs.getInt("criteria")))
                .list();
    }

    public Optional<TemplateView> find(long id) {
        return jdbc.sql("""
                SELECT t.*, a.name AS authority_name FROM scoring_template t JOIN authority a ON a.id = t.authority_id
                WHERE t.id = :id""")
                .param("id", id)
                .query((rs, i) -> template(rs, criteria(id), bands(id)))
                .optional();
    }

    public long insert(Settings s, String by, Instant at) {
        return withSettings(jdbc.sql("""
                INSERT INTO scoring_template (authority_id, year, version_no, name, bonus_cap, penalty_cap,
                       discrepancy_points, discrepancy_percent, tie_breaks, created_by, created_at)
                VALUES (:a, :year, (SELECT COALESCE(MAX(version_no), 0) + 1 FROM scoring_template
                                    WHERE authority_id = :a AND year = :year),
                        :name, :bonus, :penalty, :dpoints, :dpercent, :ties, :by, :at)
                RETURNING id"""), s)
                .param("a", s.authorityId())
                .param("year", s.year())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public boolean update(long id, Settings s, Long version) {
        return withSettings(jdbc.sql("""
                UPDATE scoring_template SET name = :name, bonus_cap = :bonus, penalty_cap = :penalty,
                       discrepancy_points = :dpoints, discrepancy_percent = :dpercent, tie_breaks = :ties,
                       version = version + 1
                WHERE id = :id AND published_at IS NULL AND (CAST(:version AS bigint) IS NULL OR version = :version)"""), s)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** A template's settings as the parameters of its row. */
    private static JdbcClient.StatementSpec withSettings(JdbcClient.StatementSpec sql, Settings s) {
        return sql.param("name", s.name())
                .param("bonus", s.bonusCap())
                .param("penalty", s.penaltyCap())
                .param("dpoints", s.discrepancyPoints())
                .param("dpercent", s.discrepancyPercent())
                .param("ties", joinTieBreaks(s.tieBreaks()));
    }

    public void replaceLines(long id, List<CriterionView> criteria, List<CompletionBand> bands) {
        jdbc.sql("DELETE FROM scoring_template_criterion WHERE template_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM scoring_template_band WHERE template_id = :id")
                .param("id", id)
                .update();
        int position = 0;
        for (CriterionView c : criteria) {
            jdbc.sql("""
                    INSERT INTO scoring_template_criterion (template_id, position, code, group_name, name, kind,
                           max_points, guidance, evidence)
                    VALUES (:id, :pos, :code, :grp, :name, :kind, :max, :guidance, :evidence)""")
                    .param("id", id)
                    .param("pos", position++)
                    .param("code", c.code())
                    .param("grp", c.group())
                    .param("name", c.name())
                    .param("kind", c.kind().name())
                    .param("max", c.maxPoints())
                    .param("guidance", c.guidance())
                    .param("evidence", c.evidence())
                    .update();
        }
        position = 0;
        for (CompletionBand b : bands) {
            jdbc.sql(
                            "INSERT INTO scoring_template_band (template_id, position, label, min_total) VALUES (:id, :pos, :label, :min)")
                    .param("id", id)
                    .param("pos", position++)
                    .param("label", b.label())
                    .param("min", b.minTotal())
                    .update();
        }
    }

    public boolean publish(long id, String by, Instant at) {
        return jdbc.sql("""
                UPDATE scoring_template SET published_at = :at, published_by = :by, version = version + 1
                WHERE id = :id AND published_at IS NULL""")
                        .param("id", id)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private List<CriterionView> criteria(long id) {
        return jdbc.sql("SELECT * FROM scoring_template_criterion WHERE template_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, i) -> criterion(rs, null))
                .list();
    }

    private List<CompletionBand> bands(long id) {
        return jdbc.sql("SELECT label, min_total FROM scoring_template_band WHERE template_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, i) ->
                        new CompletionBand(rs.getString("label"), ScoreRules.normalize(rs.getBigDecimal("min_total"))))
                .list();
    }

    static CriterionView criterion(ResultSet rs, Long id) throws SQLException {
        return new CriterionView(
                id,
                rs.getString("code"),
                rs.getString("group_name"),
                rs.getString("name"),
                CriterionKind.valueOf(rs.getString("kind")),
                ScoreRules.normalize(rs.getBigDecimal("max_points")),
                rs.getString("guidance"),
                rs.getString("evidence"));
    }

    static String joinTieBreaks(List<TieBreak> tieBreaks) {
        return tieBreaks.stream().map(TieBreak::name).collect(Collectors.joining(","));
    }

    static List<TieBreak> tieBreaks(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(TieBreak::valueOf).toList();
    }

    private static TemplateView template(ResultSet rs, List<CriterionView> criteria, List<CompletionBand> bands)
            throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new TemplateView(
                rs.getLong("id"),
                rs.getLong("authority_id"),
                rs.getString("authority_name"),
                rs.getInt("year"),
                rs.getInt("version_no"),
                rs.getString("name"),
                RoundStore.strip(rs.getBigDecimal("bonus_cap")),
                RoundStore.strip(rs.getBigDecimal("penalty_cap")),
                RoundStore.strip(rs.getBigDecimal("discrepancy_points")),
                RoundStore.strip(rs.getBigDecimal("discrepancy_percent")),
                tieBreaks(rs.getString("tie_breaks")),
                criteria,
                bands,
                published == null ? null : published.toInstant(),
                rs.getLong("version"));
    }
}
