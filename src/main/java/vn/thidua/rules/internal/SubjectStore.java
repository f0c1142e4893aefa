package vn.thidua.rules.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.AwardCount;
import vn.thidua.rules.SubjectView;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.SubjectKind;

@Repository
public class SubjectStore {

    private static final String SELECT = """
            SELECT s.id, s.kind, s.full_name, s.unit_id, u.name AS unit_name, u.authority_id, s.position, s.external_ref
            FROM subject s JOIN unit u ON u.id = s.unit_id""";

    private final JdbcClient jdbc;
    private final AwardRecordStore records;

    SubjectStore(JdbcClient jdbc, AwardRecordStore records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    public Optional<SubjectView> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id")
                .param("id", id)
                .query(SubjectStore::view)
                .optional();
    }

    public List<SubjectView> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " WHERE s.unit_id = :u ORDER BY s.kind DESC, s.full_name COLLATE vi")
                .param("u", unitId)
                .query(SubjectStore::view)
                .list();
    }

    /** A unit's people and collectives' ids in order: what a screening lists before it starts (a million longs). */
    public List<Long> idsOfUnit(long unitId) {
        return jdbc.sql("SELECT id FROM subject WHERE unit_id = :u ORDER BY id")
                .param("u", unitId)
                .query(Long.class)
                .list();
    }

    public List<SubjectView> ofUnitById(long unitId) {
        return jdbc.sql(SELECT + " WHERE s.unit_id = :u ORDER BY s.id")
                .param("u", unitId)
                .query(SubjectStore::view)
                .list();
    }

    public long insert(SubjectKind kind, String fullName, long unitId, String position, String externalRef) {
        return jdbc.sql("""
                INSERT INTO subject (kind, full_name, unit_id, position, external_ref)
                VALUES (:kind, :name, :unit, :position, :ref) RETURNING id""")
                .param("kind", kind.name())
                .param("name", fullName)
                .param("unit", unitId)
                .param("position", position)
                .param("ref", externalRef)
                .query(Long.class)
                .single();
    }

    /**
     * The unit's own record as a collective, or a person's by the exact name in the unit (diacritics
     * count: "Hà" and "Hạ" are two people); created when there is none.
     */
    public long findOrCreate(SubjectKind kind, long unitId, String fullName, String position) {
        Optional<Long> existing = kind == SubjectKind.COLLECTIVE
                ? jdbc.sql("SELECT id FROM subject WHERE unit_id = :u AND kind = 'COLLECTIVE' ORDER BY id LIMIT 1")
                        .param("u", unitId)
                        .query(Long.class)
                        .optional()
                : jdbc.sql("""
                        SELECT id FROM subject WHERE unit_id = :u AND kind = 'INDIVIDUAL'
                          AND lower(normalize(full_name, NFC)) = lower(normalize(:n, NFC))
                        ORDER BY id LIMIT 1""")
                        .param("u", unitId)
                        .param("n", fullName.strip())
                        .query(Long.class)
                        .optional();
        return existing.orElseGet(() -> jdbc.sql("""
                INSERT INTO subject (kind, full_name, unit_id, position) VALUES (:k, :n, :u, :p) RETURNING id""")
                .param("k", kind.name())
                .param("n", fullName)
                .param("u", unitId)
                .param("p", position)
                .query(Long.class)
                .single());
    }

    public void replaceHistory(long subjectId, History h, int factsYear) {
        records.replaceFacts(subjectId, h.records());
        for (String table : List.of("subject_rating", "subject_initiative", "subject_discipline", "subject_year")) {
            jdbc.sql("DELETE FROM " + table + " WHERE subject_id = :s")
                    .param("s", subjectId)
                    .update();
        }
        for (History.RatingRecord r : h.ratings()) {
            jdbc.sql("INSERT INTO subject_rating (subject_id, year, rating) VALUES (:s, :year, :rating)")
                    .param("s", subjectId)
                    .param("year", r.year())
                    .param("rating", r.rating().name())
                    .update();
        }
        for (History.Initiative i : h.initiatives()) {
            jdbc.sql(
                            "INSERT INTO subject_initiative (subject_id, year, level, used_for) VALUES (:s, :year, :level, :used)")
                    .param("s", subjectId)
                    .param("year", i.year())
                    .param("level", i.level().name())
                    .param("used", i.usedFor() == null ? null : i.usedFor().name())
                    .update();
        }
        for (History.Discipline d : h.disciplines()) {
            jdbc.sql("INSERT INTO subject_discipline (subject_id, year, level) VALUES (:s, :year, :level)")
                    .param("s", subjectId)
                    .param("year", d.year())
                    .param("level", d.level().name())
                    .update();
        }
        History.Members m = h.members();
        if (h.monthsWorked() != null || m != null) {
            jdbc.sql("""
                    INSERT INTO subject_year (subject_id, year, months_worked, members_total, members_ldtt,
                                              members_completed, members_cstdcs)
                    VALUES (:s, :year, :months, :total, :ldtt, :completed, :cstdcs)""")
                    .param("s", subjectId)
                    .param("year", factsYear)
                    .param("months", h.monthsWorked())
                    .param("total", m == null ? null : m.total())
                    .param("ldtt", m == null ? null : m.ldtt())
                    .param("completed", m == null ? null : m.completedTasks())
                    .param("cstdcs", m == null ? null : m.cstdcs())
                    .update();
        }
    }

    private static SubjectView view(ResultSet rs, int row) throws SQLException {
        return new SubjectView(
                rs.getLong("id"),
                SubjectKind.valueOf(rs.getString("kind")),
                rs.getString("full_name"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getLong("authority_id"),
                rs.getString("position"),
                rs.getString("external_ref"));
    }

    /** Awards recorded in the history of the subjects of an authority's units: year, award code, count. */
    public List<AwardCount> awardCounts(long authorityId, boolean byBloc) {
        String sql = byBloc ? """
                SELECT r.year, r.award, b.name AS bloc_name, count(*) AS n
                FROM subject_record r JOIN subject s ON s.id = r.subject_id JOIN unit u ON u.id = s.unit_id
                JOIN bloc_member m ON m.unit_id = u.id AND m.year = r.year
                JOIN bloc_year y ON y.id = m.bloc_year_id JOIN bloc b ON b.id = y.bloc_id
                WHERE u.authority_id = :a AND b.authority_id = :a
                GROUP BY r.year, r.award, b.name ORDER BY r.year DESC, b.name COLLATE vi, r.award""" : """
                SELECT r.year, r.award, NULL AS bloc_name, count(*) AS n
                FROM subject_record r JOIN subject s ON s.id = r.subject_id JOIN unit u ON u.id = s.unit_id
                WHERE u.authority_id = :a
                GROUP BY r.year, r.award ORDER BY r.year DESC, r.award""";
        return jdbc.sql(sql)
                .param("a", authorityId)
                .query((rs, i) -> new AwardCount(
                        rs.getInt("year"),
                        rs.getString("award"),
                        Award.valueOf(rs.getString("award")).label(),
                        rs.getString("bloc_name"),
                        rs.getLong("n")))
                .list();
    }
}
