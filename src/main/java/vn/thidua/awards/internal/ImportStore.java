package vn.thidua.awards.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.awards.ImportReport;
import vn.thidua.platform.jobs.ImportFiles;

/** Imports of past awards run as jobs: the file until the import ends, then its row-by-row report. */
@Repository
public class ImportStore implements ImportFiles {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record Import(
            long id,
            long authorityId,
            String fileName,
            Integer imported,
            Integer skipped,
            String createdBy,
            OffsetDateTime createdAt) {}

    public long create(long authorityId, String fileName, byte[] workbook, String createdBy) {
        return jdbc.sql("""
                INSERT INTO registry_import (authority_id, file_name, workbook, created_by)
                VALUES (:authority, :name, :workbook, :by) RETURNING id""")
                .param("authority", authorityId)
                .param("name", fileName)
                .param("workbook", workbook)
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public Optional<Import> find(long id) {
        return jdbc.sql("""
                SELECT id, authority_id, file_name, imported, skipped, created_by, created_at FROM registry_import WHERE id = :id""")
                .param("id", id)
                .query((rs, i) -> new Import(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, Integer.class),
                        rs.getObject(5, Integer.class),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .optional();
    }

    /** The file of an import not yet ended. */
    @Override
    public Optional<byte[]> workbook(long id) {
        return jdbc.sql("SELECT workbook FROM registry_import WHERE id = :id AND workbook IS NOT NULL")
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    @Override
    public void dropWorkbook(long id) {
        jdbc.sql("UPDATE registry_import SET workbook = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** The report, one statement per batch of rows (an import has up to 20,000). */
    public void saveReport(long id, ImportReport report) {
        jdbc.sql("UPDATE registry_import SET imported = :imported, skipped = :skipped WHERE id = :id")
                .param("id", id)
                .param("imported", report.imported())
                .param("skipped", report.skipped())
                .update();
        saveRows(id, report.rows());
    }

    public void saveRows(long id, List<ImportReport.Line> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportReport.Line line = rows.get(i);
            values.add(new Object[] {id, i, clip(line.row(), 40), line.outcome().name(), clip(line.message(), 2000)});
        }
        template.batchUpdate("""
                INSERT INTO registry_import_row (import_id, position, row_label, outcome, message) VALUES (?, ?, ?, ?, ?)""", values);
    }

    public List<ImportReport.Line> rows(long id) {
        return jdbc.sql(
                        "SELECT row_label, outcome, message FROM registry_import_row WHERE import_id = :id ORDER BY position")
                .param("id", id)
                .query((rs, i) -> new ImportReport.Line(
                        rs.getString(1), ImportReport.Outcome.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** What an unfinished run wrote: its report. */
    @Override
    public void discard(long id) {
        jdbc.sql("DELETE FROM registry_import_row WHERE import_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("UPDATE registry_import SET imported = NULL, skipped = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
