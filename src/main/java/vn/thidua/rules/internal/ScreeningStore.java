package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.ScreeningView;

@Repository
public class ScreeningStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ScreeningStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A run to do as a job (its state and progress are the job's). */
    public long create(int year, Long unitId, Long authorityId, String source, String username) {
        return jdbc.sql("""
                INSERT INTO screening_run (year, unit_id, authority_id, source, created_by)
                VALUES (:year, :unit, :authority, :source, :by) RETURNING id""")
                .param("year", year)
                .param("unit", unitId)
                .param("authority", authorityId)
                .param("source", source)
                .param("by", username)
                .query(Long.class)
                .single();
    }

    /**
     * What a run's job needs: the year, the unit (of a unit's run) and the authority whose regulation applies to a
     * list.
     */
    public record Run(long id, int year, Long unitId, String source, Long authorityId) {}

    public Optional<Run> run(long id) {
        return jdbc.sql("SELECT id, year, unit_id, source, authority_id FROM screening_run WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> new Run(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getObject(5, Long.class)))
                .optional();
    }

    /** An uploaded list, kept in the database so that any instance can run it, or run it again. */
    public void saveUpload(long runId, byte[] workbook) {
        jdbc.sql("INSERT INTO screening_upload (run_id, workbook) VALUES (:id, :workbook)")
                .param("id", runId)
                .param("workbook", workbook)
                .update();
    }

    public Optional<byte[]> upload(long runId) {
        return jdbc.sql("SELECT workbook FROM screening_upload WHERE run_id = :id")
                .param("id", runId)
                .query(byte[].class)
                .optional();
    }

    public void dropUpload(long runId) {
        jdbc.sql("DELETE FROM screening_upload WHERE run_id = :id")
                .param("id", runId)
                .update();
    }

    /** Removes what a run wrote: its results and its texts. */
    public void discard(long runId) {
        jdbc.sql("DELETE FROM screening_result WHERE run_id = :id")
                .param("id", runId)
                .update();
        jdbc.sql("DELETE FROM screening_text WHERE run_id = :id")
                .param("id", runId)
                .update();
    }

    public void writeTexts(long runId, List<Map.Entry<Integer, String>> texts) {
        if (texts.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (var t : texts) {
            text.append(runId).append('\t').append(t.getKey()).append('\t');
            escape(text, t.getValue());
            text.append('\n');
        }
        copyIn("COPY screening_text (run_id, idx, text) FROM STDIN", text.toString());
    }

    public Map<Integer, String> texts(long runId) {
        Map<Integer, String> texts = new HashMap<>();
        jdbc.sql("SELECT idx, text FROM screening_text WHERE run_id = :id")
                .param("id", runId)
                .query(rs -> {
                    texts.put(rs.getInt(1), rs.getString(2));
                });
        return texts;
    }

    /** Results go in with COPY: a national screening writes millions of rows. */
    public void writeResults(long runId, List<ScreeningView.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 60);
        for (ScreeningView.Row r : rows) {
            text.append(runId)
                    .append('\t')
                    .append(r.rowNo())
                    .append('\t')
                    .append(r.subjectId() == null ? "\\N" : r.subjectId())
                    .append('\t');
            if (r.subjectId() == null) {
                escape(text, r.fullName());
            } else {
                text.append("\\N");
            }
            text.append('\t').append(r.award()).append('\t').append(r.verdict()).append('\t');
            escape(text, r.reasons());
            text.append('\n');
        }
        copyIn(
                "COPY screening_result (run_id, row_no, subject_id, full_name, award, verdict, reasons) FROM STDIN",
                text.toString());
    }

    private void copyIn(String sql, String rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public Optional<ScreeningView> find(long id) {
        return jdbc.sql("""
                SELECT r.id, r.year, r.unit_id, u.name AS unit_name, coalesce(u.authority_id,
                    r.authority_id) AS authority_id, r.source, r.status, r.total, r.done,
                       r.created_by, r.created_at, r.finished_at, r.error
                FROM screening_run r LEFT JOIN unit u ON u.id = r.unit_id WHERE r.id = :id""")
                .param("id", id)
                .query((rs, i) -> new ScreeningView(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getObject("unit_id", Long.class),
                        rs.getString("unit_name"),
                        rs.getObject("authority_id", Long.class),
                        rs.getString("source"),
                        rs.getString("status"),
                        rs.getInt("total"),
                        rs.getInt("done"),
                        rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class),
                        rs.getString("error"),
                        null,
                        false))
                .optional();
    }

    private static final String SELECT_RESULTS = """
            SELECT r.row_no, r.subject_id, coalesce(r.full_name, s.full_name) AS full_name, r.award, r.verdict,
                r.reasons
            FROM screening_result r LEFT JOIN subject s ON s.id = r.subject_id
            WHERE r.run_id = :id AND r.row_no BETWEEN :from AND :to ORDER BY r.row_no, r.award""";

    /** The results of the first {@code people} rows (people or collectives) of the run. */
    public List<ScreeningView.Row> results(long runId, int people) {
        return jdbc.sql(SELECT_RESULTS)
                .param("id", runId)
                .param("from", 1)
                .param("to", people)
                .query((rs, i) -> row(rs))
                .list();
    }

    public int lastRow(long runId) {
        return jdbc.sql("SELECT coalesce(max(row_no), 0) FROM screening_result WHERE run_id = :id")
                .param("id", runId)
                .query(Integer.class)
                .single();
    }

    /** Every result, in row order, read in ranges of rows so that no query sorts the whole run. */
    public void eachResult(long runId, int rows, Consumer<ScreeningView.Row> each) {
        for (int from = 1; from <= rows; from += 10_000) {
            jdbc.sql(SELECT_RESULTS)
                    .param("id", runId)
                    .param("from", from)
                    .param("to", from + 9_999)
                    .query(rs -> {
                        each.accept(row(rs));
                    });
        }
    }

    private static ScreeningView.Row row(ResultSet rs) throws SQLException {
        return new ScreeningView.Row(
                rs.getInt("row_no"),
                rs.getObject("subject_id", Long.class),
                rs.getString("full_name"),
                rs.getString("award"),
                rs.getString("verdict"),
                rs.getString("reasons"));
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped, in one pass. */
    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
