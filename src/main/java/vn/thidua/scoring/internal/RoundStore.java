package vn.thidua.scoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.scoring.RoundStatus;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.SheetView.EvidenceView;
import vn.thidua.scoring.TemplateView.CriterionView;
import vn.thidua.scoring.domain.CompletionBand;
import vn.thidua.scoring.domain.InspectionPair;
import vn.thidua.scoring.domain.ScoreEntry;
import vn.thidua.scoring.domain.ScoreRules;
import vn.thidua.scoring.domain.SheetKind;
import vn.thidua.scoring.domain.Stage;

/** The bloc year's copy of its scoring table, its sheets, entries and evidence. */
@Repository
public class RoundStore {

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SheetRow(
            long id,
            SheetKind kind,
            long unitId,
            long scorerUnitId,
            boolean submitted,
            Instant submittedAt,
            String submittedBy,
            long version) {}

    public Optional<RoundView> round(long yearId) {
        return jdbc.sql("SELECT * FROM scoring_round WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query((rs, i) -> round(rs, criteria(yearId), bands(yearId)))
                .optional();
    }

    /** Where the year's scoring stands, without its criteria and bands. */
    public Optional<RoundStatus> status(long yearId) {
        return jdbc.sql("""
                SELECT template_id, template_name, template_version_no, stage, inspection_opened_at IS NOT NULL AS open,
                       version
                FROM scoring_round WHERE bloc_year_id = :id""")
                .param("id", yearId)
                .query((rs, i) -> new RoundStatus(
                        rs.getObject("template_id", Long.class),
                        rs.getString("template_name"),
                        rs.getInt("template_version_no"),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getBoolean("open"),
                        rs.getLong("version")))
                .optional();
    }

    public Optional<Long> version(long yearId) {
        return jdbc.sql("SELECT version FROM scoring_round WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query(Long.class)
                .optional();
    }

    /** Locks the round row for the rest of the transaction so that stage changes and writes are serialised. */
    public Optional<RoundView> roundForUpdate(long yearId) {
        return jdbc.sql("SELECT * FROM scoring_round WHERE bloc_year_id = :id FOR UPDATE")
                .param("id", yearId)
                .query((rs, i) -> round(rs, criteria(yearId), bands(yearId)))
                .optional();
    }

    /** Serialises the first application of a table to a bloc year, when there is no round row to lock yet. */
    public void lockYear(long yearId) {
        jdbc.sql("SELECT id FROM bloc_year WHERE id = :id FOR UPDATE")
                .param("id", yearId)
                .query(Long.class)
                .optional();
    }

    /**
     * A new copy of the table; the round's version goes on from the old copy's, so no reader mistakes one for the
     * other.
     */
    public void copyTemplate(long yearId, long templateId) {
        long version = jdbc.sql("SELECT COALESCE(MAX(version) + 1, 0) FROM scoring_round WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query(Long.class)
                .single();
        jdbc.sql("DELETE FROM scoring_round WHERE bloc_year_id = :id")
                .param("id", yearId)
                .update();
        jdbc.sql("""
                INSERT INTO scoring_round (bloc_year_id, template_id, template_name, template_version_no, bonus_cap,
                       penalty_cap, discrepancy_points, discrepancy_percent, tie_breaks, version)
                SELECT :year, id, name, version_no, bonus_cap, penalty_cap, discrepancy_points, discrepancy_percent,
                       tie_breaks, :version
                FROM scoring_template WHERE id = :t""")
                .param("year", yearId)
                .param("t", templateId)
                .param("version", version)
                .update();
        jdbc.sql("""
                INSERT INTO round_criterion (bloc_year_id, position, code, group_name, name, kind, max_points, guidance,
                       evidence)
                SELECT :year, position, code, group_name, name, kind, max_points, guidance, evidence
                FROM scoring_template_criterion WHERE template_id = :t""").param("year", yearId).param("t", templateId).update();
        jdbc.sql("""
                INSERT INTO round_band (bloc_year_id, position, label, min_total)
                SELECT :year, position, label, min_total FROM scoring_template_band WHERE template_id = :t""").param("year", yearId).param("t", templateId).update();
    }

    public boolean hasSelfScores(long yearId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM score_sheet WHERE bloc_year_id = :id AND kind = 'SELF')")
                .param("id", yearId)
                .query(Boolean.class)
                .single();
    }

    public List<SheetRow> sheets(long yearId) {
        return jdbc.sql("SELECT * FROM score_sheet WHERE bloc_year_id = :id ORDER BY id")
                .param("id", yearId)
                .query((rs, i) -> sheet(rs))
                .list();
    }

    public Optional<SheetRow> sheet(long yearId, SheetKind kind, long unitId) {
        return jdbc.sql("SELECT * FROM score_sheet WHERE bloc_year_id = :id AND kind = :kind AND unit_id = :unit")
                .param("id", yearId)
                .param("kind", kind.name())
                .param("unit", unitId)
                .query((rs, i) -> sheet(rs))
                .optional();
    }

    public long insertSheet(long yearId, SheetKind kind, long unitId, long scorerUnitId) {
        return jdbc.sql("""
                INSERT INTO score_sheet (bloc_year_id, kind, unit_id, scorer_unit_id) VALUES (:id, :kind, :unit,
                    :scorer)
                ON CONFLICT DO NOTHING RETURNING id""")
                .param("id", yearId)
                .param("kind", kind.name())
                .param("unit", unitId)
                .param("scorer", scorerUnitId)
                .query(Long.class)
                .optional()
                .orElseGet(() -> sheet(yearId, kind, unitId).orElseThrow().id());
    }

    /** Claims the sheet for a write: its version must be the one the writer read, and it must still be a draft. */
    public boolean claim(long sheetId, Long version, String by, Instant at) {
        return jdbc.sql("""
                UPDATE score_sheet SET version = version + 1, updated_by = :by, updated_at = :at
                WHERE id = :id AND status = 'DRAFT' AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", sheetId)
                        .param("version", version)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public void submit(long sheetId, String by, Instant at) {
        jdbc.sql("UPDATE score_sheet SET status = 'SUBMITTED', submitted_by = :by, submitted_at = :at WHERE id = :id")
                .param("id", sheetId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public Map<Long, ScoreEntry> entries(long sheetId) {
        Map<Long, ScoreEntry> entries = new HashMap<>();
        jdbc.sql("SELECT criterion_id, points, comment FROM score_entry WHERE sheet_id = :id")
                .param("id", sheetId)
                .query((ResultSet rs) -> {
                    entries.put(
                            rs.getLong("criterion_id"),
                            new ScoreEntry(ScoreRules.normalize(rs.getBigDecimal("points")), rs.getString("comment")));
                });
        return entries;
    }

    /** Entries of every sheet of one kind in the year: scored unit → criterion → points. */
    public Map<Long, Map<Long, BigDecimal>> points(long yearId, SheetKind kind) {
        Map<Long, Map<Long, BigDecimal>> points = new HashMap<>();
        jdbc.sql("""
                SELECT s.unit_id, e.criterion_id, e.points FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id
                WHERE s.bloc_year_id = :id AND s.kind = :kind""").param("id", yearId).param("kind", kind.name()).query((ResultSet rs) -> {
            points.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
                    .put(rs.getLong("criterion_id"), ScoreRules.normalize(rs.getBigDecimal("points")));
        });
        return points;
    }

    public void replaceEntries(long sheetId, Map<Long, ScoreEntry> entries) {
        jdbc.sql("DELETE FROM score_entry WHERE sheet_id = :id")
                .param("id", sheetId)
                .update();
        entries.forEach((criterion, entry) -> jdbc.sql("""
                INSERT INTO score_entry (sheet_id, criterion_id, points, comment) VALUES (:s, :c, :p, :comment)""")
                .param("s", sheetId)
                .param("c", criterion)
                .param("p", entry.points())
                .param("comment", entry.comment())
                .update());
    }

    public void replaceInspections(long yearId, List<InspectionPair> pairs) {
        jdbc.sql("DELETE FROM score_sheet WHERE bloc_year_id = :id AND kind = 'INSPECTION'")
                .param("id", yearId)
                .update();
        for (InspectionPair pair : pairs) {
            insertSheet(yearId, SheetKind.INSPECTION, pair.inspected(), pair.inspector());
        }
    }

    /** Who inspected whom in a bloc year (used to avoid repeating last year's pairs). */
    public List<InspectionPair> inspections(long yearId) {
        return jdbc.sql(
                        "SELECT scorer_unit_id, unit_id FROM score_sheet WHERE bloc_year_id = :id AND kind = 'INSPECTION'")
                .param("id", yearId)
                .query((rs, i) -> new InspectionPair(rs.getLong("scorer_unit_id"), rs.getLong("unit_id")))
                .list();
    }

    public boolean openInspection(long yearId, Instant at, Long version) {
        return jdbc.sql("""
                UPDATE scoring_round SET inspection_opened_at = :at, version = version + 1
                WHERE bloc_year_id = :id AND inspection_opened_at IS NULL
                  AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", yearId)
                        .param("at", Timestamp.from(at))
                        .param("version", version)
                        .update()
                == 1;
    }

    public long insertEvidence(
            long sheetId,
            Long criterionId,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            String by,
            Instant at) {
        return jdbc.sql("""
                INSERT INTO evidence_file (sheet_id, criterion_id, file_name, content_type, size_bytes, sha256, content,
                       uploaded_by, uploaded_at)
                VALUES (:s, :c, :name, :type, :size, :sha, :content, :by, :at) RETURNING id""")
                .param("s", sheetId)
                .param("c", criterionId)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", content.length)
                .param("sha", sha256)
                .param("content", content)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<EvidenceView> evidence(long sheetId) {
        return jdbc.sql("""
                SELECT id, criterion_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                FROM evidence_file WHERE sheet_id = :id ORDER BY id""")
                .param("id", sheetId)
                .query((rs, i) -> new EvidenceView(
                        rs.getLong("id"),
                        rs.getObject("criterion_id", Long.class),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** Removes one file of a sheet; false when the sheet has no such file. */
    public boolean deleteEvidence(long sheetId, long evidenceId) {
        return jdbc.sql("DELETE FROM evidence_file WHERE id = :id AND sheet_id = :s")
                        .param("id", evidenceId)
                        .param("s", sheetId)
                        .update()
                == 1;
    }

    public record EvidenceContent(long sheetId, String fileName, String contentType, byte[] content) {}

    public Optional<EvidenceContent> evidenceContent(long yearId, long evidenceId) {
        return jdbc.sql("""
                SELECT f.sheet_id, f.file_name, f.content_type, f.content FROM evidence_file f
                JOIN score_sheet s ON s.id = f.sheet_id WHERE f.id = :id AND s.bloc_year_id = :year""")
                .param("id", evidenceId)
                .param("year", yearId)
                .query((rs, i) -> new EvidenceContent(
                        rs.getLong("sheet_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    public Optional<SheetRow> sheetById(long sheetId) {
        return jdbc.sql("SELECT * FROM score_sheet WHERE id = :id")
                .param("id", sheetId)
                .query((rs, i) -> sheet(rs))
                .optional();
    }

    private List<CriterionView> criteria(long yearId) {
        return jdbc.sql("SELECT * FROM round_criterion WHERE bloc_year_id = :id ORDER BY position")
                .param("id", yearId)
                .query((rs, i) -> TemplateStore.criterion(rs, rs.getLong("id")))
                .list();
    }

    private List<CompletionBand> bands(long yearId) {
        return jdbc.sql("SELECT label, min_total FROM round_band WHERE bloc_year_id = :id ORDER BY position")
                .param("id", yearId)
                .query((rs, i) ->
                        new CompletionBand(rs.getString("label"), ScoreRules.normalize(rs.getBigDecimal("min_total"))))
                .list();
    }

    private static SheetRow sheet(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new SheetRow(
                rs.getLong("id"),
                SheetKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"),
                rs.getLong("scorer_unit_id"),
                "SUBMITTED".equals(rs.getString("status")),
                submitted == null ? null : submitted.toInstant(),
                rs.getString("submitted_by"),
                rs.getLong("version"));
    }

    private static RoundView round(ResultSet rs, List<CriterionView> criteria, List<CompletionBand> bands)
            throws SQLException {
        return new RoundView(
                rs.getLong("bloc_year_id"),
                rs.getObject("template_id", Long.class),
                rs.getString("template_name"),
                rs.getInt("template_version_no"),
                strip(rs.getBigDecimal("bonus_cap")),
                strip(rs.getBigDecimal("penalty_cap")),
                strip(rs.getBigDecimal("discrepancy_points")),
                strip(rs.getBigDecimal("discrepancy_percent")),
                TemplateStore.tieBreaks(rs.getString("tie_breaks")),
                Stage.valueOf(rs.getString("stage")),
                instant(rs, "inspection_opened_at"),
                instant(rs, "consolidated_at"),
                rs.getObject("objection_from", LocalDate.class),
                rs.getObject("objection_until", LocalDate.class),
                instant(rs, "locked_at"),
                rs.getString("locked_by"),
                criteria,
                bands,
                rs.getLong("version"));
    }

    static BigDecimal strip(BigDecimal value) {
        return ScoreRules.normalize(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
