package vn.thidua.cycle.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.cycle.CycleView;

@Repository
public class CycleStore {

    private final JdbcClient jdbc;

    CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CycleView.Launch> launch(long yearId) {
        return jdbc.sql("SELECT * FROM bloc_launch WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query((rs, i) -> new CycleView.Launch(
                        rs.getObject("launched_on", LocalDate.class),
                        rs.getString("text"),
                        lines(rs.getString("movements")),
                        rs.getString("launched_by"),
                        rs.getLong("version")))
                .optional();
    }

    public void insertLaunch(long yearId, LocalDate on, String text, String movements, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO bloc_launch (bloc_year_id, launched_on, text, movements, launched_by, recorded_at)
                VALUES (:id, :on, :text, :movements, :by, :at)""")
                .param("id", yearId)
                .param("on", on)
                .param("text", text)
                .param("movements", movements)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public boolean updateLaunch(long yearId, LocalDate on, String text, String movements, Long version) {
        return jdbc.sql("""
                UPDATE bloc_launch SET launched_on = :on, text = :text, movements = :movements, version = version + 1
                WHERE bloc_year_id = :id AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", yearId)
                        .param("on", on)
                        .param("text", text)
                        .param("movements", movements)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Covenant rows of the year by unit: targets, signer, version. */
    public Map<Long, CovenantRow> covenants(long yearId) {
        Map<Long, CovenantRow> rows = new HashMap<>();
        jdbc.sql("SELECT * FROM covenant_entry WHERE bloc_year_id = :id")
                .param("id", yearId)
                .query((ResultSet rs) -> {
                    rows.put(rs.getLong("unit_id"), row(rs));
                });
        return rows;
    }

    public Optional<CovenantRow> covenant(long yearId, long unitId) {
        // locked for the step that read it: a signature and a change of targets never cross
        return jdbc.sql("SELECT * FROM covenant_entry WHERE bloc_year_id = :id AND unit_id = :unit FOR UPDATE")
                .param("id", yearId)
                .param("unit", unitId)
                .query((rs, i) -> row(rs))
                .optional();
    }

    public void insertCovenant(long yearId, long unitId, String targets, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO covenant_entry (bloc_year_id, unit_id, targets, updated_by, updated_at)
                VALUES (:id, :unit, :targets, :by, :at)""")
                .param("id", yearId)
                .param("unit", unitId)
                .param("targets", targets)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    public boolean updateTargets(long yearId, long unitId, String targets, String by, Instant at, Long version) {
        return jdbc.sql("""
                UPDATE covenant_entry SET targets = :targets, updated_by = :by, updated_at = :at, version = version + 1
                WHERE bloc_year_id = :id AND unit_id = :unit AND signed_at IS NULL
                  AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", yearId)
                        .param("unit", unitId)
                        .param("targets", targets)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean sign(long yearId, long unitId, String name, String position, String by, Instant at) {
        return jdbc.sql("""
                UPDATE covenant_entry SET signer_name = :name, signer_position = :position, signed_at = :at,
                       signed_by = :by, version = version + 1
                WHERE bloc_year_id = :id AND unit_id = :unit AND signed_at IS NULL""")
                        .param("id", yearId)
                        .param("unit", unitId)
                        .param("name", name)
                        .param("position", position)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static CovenantRow row(ResultSet rs) throws SQLException {
        Timestamp signed = rs.getTimestamp("signed_at");
        return new CovenantRow(
                rs.getString("targets"),
                rs.getString("signer_name"),
                rs.getString("signer_position"),
                signed == null ? null : signed.toInstant(),
                rs.getLong("version"));
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public record CovenantRow(
            String targets, String signerName, String signerPosition, Instant signedAt, long version) {}
}
