package vn.thidua.awards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.awards.AwardEntry;
import vn.thidua.awards.RegistryQuery;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * Reads the registry, which is the subjects' award history (tables subject and subject_record, owned
 * by the eligibility engine, which judges later years on them and is their one writer: see
 * {@code rules.AwardRecords}).
 */
@Repository
public class RegistryStore {

    private final JdbcClient jdbc;

    RegistryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The awards matching the query, newest first, within some authorities' units or a set of units
     * (either may be null for no limit).
     */
    public List<AwardEntry> search(RegistryQuery query, Collection<Long> authorityIds, Collection<Long> unitIds) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
        String q = query.q() == null ? "" : query.q().strip();
        if (!q.isEmpty()) {
            // two branches each on its own trigram index (people by name, units by name): an OR across
            // the join would read every subject
            sql.append(" AND s.id IN (SELECT id FROM subject WHERE search_text LIKE '%' || search_key(:q) || '%'")
                    .append(" UNION SELECT s2.id FROM subject s2 JOIN unit u2 ON u2.id = s2.unit_id")
                    .append(" WHERE u2.search_text LIKE '%' || search_key(:q) || '%')");
        }
        if (query.year() != null) {
            sql.append(" AND r.year = :year");
        }
        if (query.award() != null) {
            sql.append(" AND r.award = :award");
        }
        if (query.kind() != null) {
            sql.append(" AND s.kind = :kind");
        }
        if (query.type() != null) {
            sql.append(" AND r.commendation_type = :type");
        }
        if (authorityIds != null) {
            sql.append(" AND u.authority_id IN (:auth)");
        }
        if (unitIds != null) {
            sql.append(" AND s.unit_id IN (:units)");
        }
        sql.append(" ORDER BY r.year DESC, s.full_name COLLATE vi, r.id LIMIT ").append(query.limit());
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString());
        if (!q.isEmpty()) {
            spec = spec.param("q", q);
        }
        if (query.year() != null) {
            spec = spec.param("year", query.year());
        }
        if (query.award() != null) {
            spec = spec.param("award", query.award().name());
        }
        if (query.kind() != null) {
            spec = spec.param("kind", query.kind().name());
        }
        if (query.type() != null) {
            spec = spec.param("type", query.type().name());
        }
        if (authorityIds != null) {
            spec = spec.param("auth", authorityIds.isEmpty() ? List.of(-1L) : authorityIds);
        }
        if (unitIds != null) {
            spec = spec.param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        }
        return spec.query(RegistryStore::entry).list();
    }

    public List<AwardEntry> ofSubject(long subjectId) {
        return jdbc.sql(SELECT + " WHERE s.id = :s ORDER BY r.year DESC, r.id")
                .param("s", subjectId)
                .query(RegistryStore::entry)
                .list();
    }

    public record SubjectRow(
            long id,
            SubjectKind kind,
            String fullName,
            String position,
            long unitId,
            String unitName,
            long authorityId) {}

    public Optional<SubjectRow> subject(long id) {
        return jdbc.sql("""
                SELECT s.id, s.kind, s.full_name, s.position, s.unit_id, u.name AS unit_name, u.authority_id
                FROM subject s JOIN unit u ON u.id = s.unit_id WHERE s.id = :id""")
                .param("id", id)
                .query((rs, i) -> new SubjectRow(
                        rs.getLong("id"),
                        SubjectKind.valueOf(rs.getString("kind")),
                        rs.getString("full_name"),
                        rs.getString("position"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getLong("authority_id")))
                .optional();
    }

    private static final String SELECT = """
            SELECT r.*, s.kind, s.full_name, s.position, s.unit_id, u.name AS unit_name
            FROM subject_record r JOIN subject s ON s.id = r.subject_id JOIN unit u ON u.id = s.unit_id""";

    private static AwardEntry entry(ResultSet rs, int i) throws SQLException {
        return new AwardEntry(
                rs.getLong("id"),
                rs.getLong("subject_id"),
                SubjectKind.valueOf(rs.getString("kind")),
                rs.getString("full_name"),
                rs.getString("position"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                Award.valueOf(rs.getString("award")),
                rs.getString("award_label"),
                rs.getInt("year"),
                rs.getInt("period_from"),
                rs.getInt("period_to"),
                CommendationType.valueOf(rs.getString("commendation_type")),
                rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_authority"),
                rs.getString("certificate_number"),
                rs.getString("source"));
    }
}
