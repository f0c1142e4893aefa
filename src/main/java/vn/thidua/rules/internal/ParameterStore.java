package vn.thidua.rules.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.ParameterView;
import vn.thidua.rules.domain.LegalBasis;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;

@Repository
public class ParameterStore {

    private static final String SELECT = """
            SELECT p.id, p.key, p.value, p.valid_from, p.valid_to, p.authority_id, a.name AS authority_name, p.instrument,
                   p.article, p.clause, p.point, p.verified, p.note, p.version
            FROM legal_parameter p LEFT JOIN authority a ON a.id = p.authority_id""";

    private final JdbcClient jdbc;

    ParameterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ParameterView> all() {
        return jdbc.sql(SELECT + " ORDER BY p.key, p.authority_id NULLS FIRST, p.valid_from DESC")
                .query(ParameterStore::view).list();
    }

    public Optional<ParameterView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ParameterStore::view).optional();
    }

    /** Adds the national rows of the catalogue that the table lacks; never overwrites an edited row. */
    public int insertMissingNational(List<Parameter> catalogue) {
        int added = 0;
        for (Parameter p : catalogue) {
            added += jdbc.sql("""
                    INSERT INTO legal_parameter (key, value, valid_from, valid_to, instrument, article, clause, point,
                                                 verified, note)
                    VALUES (:key, :value, :from, :to, :instrument, :article, :clause, :point, :verified, :note)
                    ON CONFLICT DO NOTHING""")
                    .param("key", p.key().name()).param("value", p.value()).param("from", p.validFrom())
                    .param("to", p.validTo()).param("instrument", p.basis().instrument())
                    .param("article", p.basis().article()).param("clause", p.basis().clause())
                    .param("point", p.basis().point()).param("verified", p.verified()).param("note", p.note())
                    .update();
        }
        return added;
    }

    public long insert(ParameterView p) {
        return jdbc.sql("""
                INSERT INTO legal_parameter (key, value, valid_from, valid_to, authority_id, instrument, article, clause,
                                             point, verified, note)
                VALUES (:key, :value, :from, :to, :authority, :instrument, :article, :clause, :point, :verified, :note)
                RETURNING id""")
                .param("key", p.key().name()).param("value", p.value()).param("from", p.validFrom())
                .param("to", p.validTo()).param("authority", p.authorityId()).param("instrument", p.instrument())
                .param("article", p.article()).param("clause", p.clause()).param("point", p.point())
                .param("verified", p.verified()).param("note", p.note())
                .query(Long.class).single();
    }

    public boolean update(long id, BigDecimal value, boolean verified, String note, long version) {
        return jdbc.sql("""
                UPDATE legal_parameter SET value = :value, verified = :verified, note = :note, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id).param("value", value).param("verified", verified).param("note", note)
                .param("version", version).update() == 1;
    }

    public void audit(long parameterId, String username, BigDecimal oldValue, BigDecimal newValue, Boolean oldVerified,
            boolean newVerified, String reason) {
        jdbc.sql("""
                INSERT INTO legal_parameter_change (parameter_id, changed_by, old_value, new_value, old_verified,
                                                    new_verified, reason)
                VALUES (:p, :by, :old, :new, :oldVerified, :newVerified, :reason)""")
                .param("p", parameterId).param("by", username).param("old", oldValue).param("new", newValue)
                .param("oldVerified", oldVerified).param("newVerified", newVerified).param("reason", reason).update();
    }

    public List<ParameterView.Change> changes(long parameterId) {
        return jdbc.sql("""
                SELECT changed_at, changed_by, old_value, new_value, old_verified, new_verified, reason
                FROM legal_parameter_change WHERE parameter_id = :p ORDER BY changed_at DESC, id DESC""")
                .param("p", parameterId)
                .query((rs, i) -> new ParameterView.Change(rs.getObject("changed_at", java.time.OffsetDateTime.class),
                        rs.getString("changed_by"), rs.getBigDecimal("old_value"), rs.getBigDecimal("new_value"),
                        rs.getObject("old_verified", Boolean.class), rs.getBoolean("new_verified"), rs.getString("reason")))
                .list();
    }

    /** Bumped by a trigger in every transaction that changes a parameter (V13). */
    public long generation() {
        return jdbc.sql("SELECT coalesce((SELECT generation FROM data_generation WHERE name = 'legal_parameter'), 0)")
                .query(Long.class).single();
    }

    public List<Parameter> domain() {
        return all().stream().map(ParameterView::toDomain).toList();
    }

    private static ParameterView view(ResultSet rs, int row) throws SQLException {
        return new ParameterView(rs.getLong("id"), ParameterKey.valueOf(rs.getString("key")), rs.getBigDecimal("value"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getObject("authority_id", Long.class), rs.getString("authority_name"), rs.getString("instrument"),
                rs.getString("article"), rs.getString("clause"), rs.getString("point"), rs.getBoolean("verified"),
                rs.getString("note"), rs.getLong("version"));
    }

}
