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
import vn.thidua.awards.NewAward;
import vn.thidua.awards.RegistryQuery;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The registry is the subjects' award history (tables subject and subject_record, created with the
 * eligibility engine, which reads them): what is written here is what later years are judged on.
 */
@Repository
public class RegistryStore {

    public static final int LIMIT = 2000;

    private final JdbcClient jdbc;

    RegistryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The unit's own record as a collective, or a person's by the exact name in the unit (diacritics
     * count: "Hà" and "Hạ" are two people); created when there is none.
     */
    public long subjectFor(NewAward a) {
        if (a.subjectId() != null) {
            return a.subjectId();
        }
        Optional<Long> existing = a.kind() == SubjectKind.COLLECTIVE
                ? jdbc.sql("SELECT id FROM subject WHERE unit_id = :u AND kind = 'COLLECTIVE' ORDER BY id LIMIT 1")
                        .param("u", a.unitId())
                        .query(Long.class)
                        .optional()
                : jdbc.sql("""
                        SELECT id FROM subject WHERE unit_id = :u AND kind = 'INDIVIDUAL'
                          AND lower(normalize(full_name, NFC)) = lower(normalize(:n, NFC))
                        ORDER BY id LIMIT 1""")
                        .param("u", a.unitId())
                        .param("n", a.fullName().strip())
                        .query(Long.class)
                        .optional();
        return existing.orElseGet(() -> jdbc.sql("""
                INSERT INTO subject (kind, full_name, unit_id, position) VALUES (:k, :n, :u, :p) RETURNING id""")
                .param("k", a.kind().name())
                .param("n", a.fullName())
                .param("u", a.unitId())
                .param("p", a.position())
                .query(Long.class)
                .single());
    }

    public boolean titleTaken(long subjectId, Award award, int year) {
        return award.isTitle()
                && jdbc.sql("""
                SELECT count(*) FROM subject_record WHERE subject_id = :s AND award = :a AND year = :y AND is_title""")
                                .param("s", subjectId)
                                .param("a", award.name())
                                .param("y", year)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * Enters the award unless the registry has it already: the same subject, award, decision number and
     * decision date (unique index subject_record_decision_once, which also settles two imports racing).
     * Empty when it was there.
     */
    public Optional<Long> insertIfAbsent(long subjectId, NewAward a) {
        return jdbc.sql("""
                INSERT INTO subject_record (subject_id, year, award, period_from, period_to, commendation_type, is_title,
                       decision_number, decision_date, authority_id, award_label, decision_authority, certificate_number,
                       source, decision_id, candidate_id)
                VALUES (:s, :y, :a, :f, :t, :type, :title, :dn, :dd, :auth, :label, :da, :cert, :src, :dec, :cand)
                ON CONFLICT (subject_id, award, decision_number, decision_date) DO NOTHING
                RETURNING id""")
                .param("s", subjectId)
                .param("y", a.year())
                .param("a", a.award().name())
                .param("f", a.periodFrom())
                .param("t", a.periodTo())
                .param("type", a.type().name())
                .param("title", a.award().isTitle())
                .param("dn", a.decisionNumber())
                .param("dd", a.decisionDate())
                .param("auth", a.authorityId())
                .param("label", a.awardLabel())
                .param("da", a.decisionAuthority())
                .param("cert", a.certificateNumber())
                .param("src", a.source())
                .param("dec", a.decisionId())
                .param("cand", a.candidateId())
                .query(Long.class)
                .optional();
    }

    /** Whether the registry has this award of this subject by the same decision (number and date). */
    public boolean recorded(long subjectId, NewAward a) {
        return a.decisionNumber() != null
                && a.decisionDate() != null
                && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM subject_record WHERE subject_id = :s AND award = :a AND decision_number = :dn
                                 AND decision_date = :dd)""")
                        .param("s", subjectId)
                        .param("a", a.award().name())
                        .param("dn", a.decisionNumber())
                        .param("dd", a.decisionDate())
                        .query(Boolean.class)
                        .single();
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
        sql.append(" ORDER BY r.year DESC, s.full_name COLLATE vi, r.id LIMIT ").append(LIMIT);
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
