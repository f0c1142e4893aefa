package vn.thidua.rules.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.ParameterView;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;

@Repository
public class ParameterStore {

    private static final String SELECT = """
            SELECT p.id, p.key, p.value, p.valid_from, p.valid_to, p.authority_id, a.name AS authority_name,
                p.instrument,
                   p.article, p.clause, p.point, p.verified, p.note, p.version
            FROM legal_parameter p LEFT JOIN authority a ON a.id = p.authority_id""";

    private final JdbcClient jdbc;

    ParameterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ParameterView> all() {
        return jdbc.sql(SELECT + " ORDER BY p.key, p.authority_id NULLS FIRST, p.valid_from DESC")
                .query(ParameterStore::view)
                .list();
    }

    public Optional<ParameterView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(ParameterStore::view)
                .optional();
    }

    /** What a release's catalogue changed in the national rows. */
    public record CatalogueSync(int added, int updated, int retired, List<String> keptEdited) {}

    /**
     * Brings the national rows to the release's catalogue: adds the rows the table lacks, corrects the
     * rows nobody has edited (version 0: value, end date, basis, verification) and removes those the
     * catalogue no longer has (a cap the law no longer sets). A row a board has edited is its own decision
     * and stays as it is; its key is reported. One instance at a time (two may start together).
     */
    public CatalogueSync syncNational(List<Parameter> catalogue) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('legal_parameter catalogue'))")
                .query((rs, i) -> 1)
                .list();
        int added = 0;
        int updated = 0;
        Set<String> shipped = new HashSet<>();
        for (Parameter p : catalogue) {
            shipped.add(p.key().name() + "|" + p.validFrom());
            added += jdbc.sql("""
                    INSERT INTO legal_parameter (key, value, valid_from, valid_to, instrument, article, clause, point,
                                                 verified, note)
                    VALUES (:key, :value, :from, :to, :instrument, :article, :clause, :point, :verified, :note)
                    ON CONFLICT DO NOTHING""").params(row(p)).update();
            updated += jdbc.sql("""
                    UPDATE legal_parameter
                       SET value = :value, valid_to = :to, instrument = :instrument, article = :article,
                           clause = :clause,
                           point = :point, verified = :verified, note = :note
                     WHERE authority_id IS NULL AND key = :key AND valid_from = :from AND version = 0
                       AND (value, valid_to, instrument, article, clause, point, verified, note)
                           IS DISTINCT FROM (CAST(:value AS numeric), CAST(:to AS date), CAST(:instrument AS text),
                                             CAST(:article AS text), CAST(:clause AS text), CAST(:point AS text),
                                             CAST(:verified AS boolean), CAST(:note AS text))""").params(row(p)).update();
        }
        int retired = 0;
        List<String> keptEdited = new ArrayList<>();
        for (var row : jdbc.sql("SELECT id, key, valid_from, version FROM legal_parameter WHERE authority_id IS NULL")
                .query((rs, i) -> new Object[] {
                    rs.getLong("id"),
                    rs.getString("key"),
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getLong("version")
                })
                .list()) {
            if (shipped.contains(row[1] + "|" + row[2])) {
                continue;
            }
            if ((Long) row[3] == 0) {
                retired += jdbc.sql("""
                        DELETE FROM legal_parameter p WHERE id = :id AND version = 0
                           AND NOT EXISTS (SELECT 1 FROM legal_parameter_change c WHERE c.parameter_id = p.id)""").param("id", row[0]).update();
            } else {
                keptEdited.add(row[1] + " từ " + row[2]);
            }
        }
        return new CatalogueSync(added, updated, retired, keptEdited);
    }

    private static Map<String, Object> row(Parameter p) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", p.key().name());
        row.put("value", p.value());
        row.put("from", p.validFrom());
        row.put("to", p.validTo());
        row.put("instrument", p.basis().instrument());
        row.put("article", p.basis().article());
        row.put("clause", p.basis().clause());
        row.put("point", p.basis().point());
        row.put("verified", p.verified());
        row.put("note", p.note());
        return row;
    }

    public long insert(ParameterView p) {
        return jdbc.sql("""
                INSERT INTO legal_parameter (key, value, valid_from, valid_to, authority_id, instrument, article,
                    clause,
                                             point, verified, note)
                VALUES (:key, :value, :from, :to, :authority, :instrument, :article, :clause, :point, :verified, :note)
                RETURNING id""")
                .param("key", p.key().name())
                .param("value", p.value())
                .param("from", p.validFrom())
                .param("to", p.validTo())
                .param("authority", p.authorityId())
                .param("instrument", p.instrument())
                .param("article", p.article())
                .param("clause", p.clause())
                .param("point", p.point())
                .param("verified", p.verified())
                .param("note", p.note())
                .query(Long.class)
                .single();
    }

    public boolean update(long id, BigDecimal value, boolean verified, String note, long version) {
        return jdbc.sql("""
                UPDATE legal_parameter SET value = :value, verified = :verified, note = :note, version = version + 1
                WHERE id = :id AND version = :version""")
                        .param("id", id)
                        .param("value", value)
                        .param("verified", verified)
                        .param("note", note)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void audit(
            long parameterId,
            String username,
            BigDecimal oldValue,
            BigDecimal newValue,
            Boolean oldVerified,
            boolean newVerified,
            String reason) {
        jdbc.sql("""
                INSERT INTO legal_parameter_change (parameter_id, changed_by, old_value, new_value, old_verified,
                                                    new_verified, reason)
                VALUES (:p, :by, :old, :new, :oldVerified, :newVerified, :reason)""")
                .param("p", parameterId)
                .param("by", username)
                .param("old", oldValue)
                .param("new", newValue)
                .param("oldVerified", oldVerified)
                .param("newVerified", newVerified)
                .param("reason", reason)
                .update();
    }

    public List<ParameterView.Change> changes(long parameterId) {
        return jdbc.sql("""
                SELECT changed_at, changed_by, old_value, new_value, old_verified, new_verified, reason
                FROM legal_parameter_change WHERE parameter_id = :p ORDER BY changed_at DESC, id DESC""")
                .param("p", parameterId)
                .query((rs, i) -> new ParameterView.Change(
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("changed_by"),
                        rs.getBigDecimal("old_value"),
                        rs.getBigDecimal("new_value"),
                        rs.getObject("old_verified", Boolean.class),
                        rs.getBoolean("new_verified"),
                        rs.getString("reason")))
                .list();
    }

    /** Bumped by a trigger in every transaction that changes a parameter (V13). */
    public long generation() {
        return jdbc.sql("SELECT coalesce((SELECT generation FROM data_generation WHERE name = 'legal_parameter'), 0)")
                .query(Long.class)
                .single();
    }

    public List<Parameter> domain() {
        return all().stream().map(ParameterView::toDomain).toList();
    }

    private static ParameterView view(ResultSet rs, int row) throws SQLException {
        return new ParameterView(
                rs.getLong("id"),
                ParameterKey.valueOf(rs.getString("key")),
                rs.getBigDecimal("value"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getObject("authority_id", Long.class),
                rs.getString("authority_name"),
                rs.getString("instrument"),
                rs.getString("article"),
                rs.getString("clause"),
                rs.getString("point"),
                rs.getBoolean("verified"),
                rs.getString("note"),
                rs.getLong("version"));
    }
}
