package vn.thidua.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.SubjectView;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.DisciplineLevel;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.InitiativeLevel;
import vn.thidua.rules.domain.Rating;
import vn.thidua.rules.domain.SubjectKind;

@Repository
public class SubjectStore {

    private static final String SELECT = """
            SELECT s.id, s.kind, s.full_name, s.unit_id, u.name AS unit_name, u.authority_id, s.position, s.external_ref
            FROM subject s JOIN unit u ON u.id = s.unit_id""";

    private static final Award[] AWARDS = Award.values();
    private static final CommendationType[] TYPES = CommendationType.values();
    private static final Rating[] RATINGS = Rating.values();
    private static final InitiativeLevel[] LEVELS = InitiativeLevel.values();
    private static final DisciplineLevel[] DISCIPLINES = DisciplineLevel.values();
    private static final SubjectKind[] KINDS = SubjectKind.values();

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;
    private final AwardRecordStore records;

    SubjectStore(JdbcClient jdbc, javax.sql.DataSource dataSource, AwardRecordStore records) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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

    /**
     * The histories of the given subjects, read with five COPY statements whatever their number: a
     * dense block of ids (a unit's staff in id order) as a range, a scattered one as a list.
     */
    public Map<Long, History> histories(List<SubjectView> subjects, int year) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (SubjectView s : subjects) {
            lo = Math.min(lo, s.id());
            hi = Math.max(hi, s.id());
        }
        Builders builders = new Builders(lo, hi, subjects.size());
        for (SubjectView s : subjects) {
            builders.put(s.id(), new Builder(s.kind()));
        }
        readHistories(
                builders,
                " WHERE "
                        + builders.where(
                                "subject_id",
                                subjects.stream().map(SubjectView::id).toList()),
                year);
        Map<Long, History> histories = new HashMap<>();
        for (SubjectView s : subjects) {
            histories.put(s.id(), builders.at(s.id()).build());
        }
        return histories;
    }

    /**
     * One of a unit's people or collectives as a screening reads it, with the history of the year screened (no
     * name: a stored subject's result keeps its id, and pages read the name from the subject).
     */
    public record Staff(long id, long authorityId, History history) {}

    /**
     * A screening's chunk: those of the given ids (ascending, a unit's staff in id order) still in the unit,
     * in id order, with their authority and histories, read with six COPY statements over the ids' range (no
     * statement with a thousand parameters, no result set of a thousand rows).
     */
    public List<Staff> staffWithHistories(long unitId, List<Long> ids, int year) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long lo = ids.get(0);
        long hi = ids.get(ids.size() - 1);
        Builders builders = new Builders(lo, hi, ids.size());
        List<Long> found = new ArrayList<>(ids.size());
        List<Long> authorities = new ArrayList<>(ids.size());
        int[] next = {0};
        // in id order, so that the rows and the asked ids are walked together: a person moved into the unit
        // since the ids were listed, with an id in the range, is not one of them
        copy(
                "SELECT s.id, s.kind, u.authority_id FROM subject s JOIN unit u ON u.id = s.unit_id"
                        + " WHERE s.unit_id = " + unitId + " AND " + builders.where("s.id", ids)
                        + " ORDER BY s.id",
                f -> {
                    long id = f.number(0);
                    while (next[0] < ids.size() && ids.get(next[0]) < id) {
                        next[0]++;
                    }
                    if (next[0] < ids.size() && ids.get(next[0]) == id) {
                        builders.put(id, new Builder(f.code(1, KINDS)));
                        found.add(id);
                        authorities.add(f.number(2));
                    }
                });
        readHistories(builders, " WHERE " + builders.where("subject_id", ids), year);
        List<Staff> staff = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            long id = found.get(i);
            staff.add(new Staff(id, authorities.get(i), builders.at(id).build()));
        }
        return staff;
    }

    /** The five COPY statements of a history read, each row added to its subject's builder (rows of others skipped). */
    private void readHistories(Builders builders, String where, int year) {
        copy(
                "SELECT subject_id, year, award, period_from, period_to, commendation_type FROM subject_record" + where,
                f -> {
                    Builder b = builders.at(f.number(0));
                    if (b != null) {
                        b.records.add(new History.AwardRecord(
                                f.integer(1), f.code(2, AWARDS), f.integer(3), f.integer(4), f.code(5, TYPES)));
                    }
                });
        copy("SELECT subject_id, year, rating FROM subject_rating" + where, f -> {
            Builder b = builders.at(f.number(0));
            if (b != null) {
                b.ratings.add(new History.RatingRecord(f.integer(1), f.code(2, RATINGS)));
            }
        });
        copy("SELECT subject_id, year, level, used_for FROM subject_initiative" + where, f -> {
            Builder b = builders.at(f.number(0));
            if (b != null) {
                b.initiatives.add(new History.Initiative(f.integer(1), f.code(2, LEVELS), f.code(3, AWARDS)));
            }
        });
        copy("SELECT subject_id, year, level FROM subject_discipline" + where, f -> {
            Builder b = builders.at(f.number(0));
            if (b != null) {
                b.disciplines.add(new History.Discipline(f.integer(1), f.code(2, DISCIPLINES)));
            }
        });
        copy(
                "SELECT subject_id, months_worked, members_total, members_ldtt, members_completed, members_cstdcs"
                        + " FROM subject_year" + where + " AND year = " + year,
                f -> {
                    Builder b = builders.at(f.number(0));
                    if (b != null) {
                        b.monthsWorked = f.integerOrNull(1);
                        if (!f.isNull(2)) {
                            b.members = new History.Members(
                                    f.integerOrNull(2), f.integerOrNull(3), f.integerOrNull(4), f.integerOrNull(5));
                        }
                    }
                });
    }

    /**
     * The builders of one read, found by id: in an array over a dense block of ids (a unit's staff in id
     * order: no boxed key, no hashing for each of some twenty million rows of a national screening), else
     * in a map.
     */
    private static final class Builders {
        private final long lo;
        private final Builder @Nullable [] dense;
        private final @Nullable Map<Long, Builder> sparse;

        Builders(long lo, long hi, int count) {
            this.lo = lo;
            if (hi - lo < 4L * count) {
                dense = new Builder[(int) (hi - lo + 1)];
                sparse = null;
            } else {
                dense = null;
                sparse = new HashMap<>();
            }
        }

        /** The condition on the column that selects the ids: their range when dense, else their list. */
        String where(String column, List<Long> ids) {
            if (dense != null) {
                return column + " BETWEEN " + lo + " AND " + (lo + dense.length - 1);
            }
            StringBuilder list = new StringBuilder(column).append(" IN (");
            for (int i = 0; i < ids.size(); i++) {
                list.append(i == 0 ? "" : ",").append(ids.get(i).longValue());
            }
            return list.append(')').toString();
        }

        void put(long id, Builder builder) {
            if (dense != null) {
                dense[(int) (id - lo)] = builder;
            } else {
                sparse.put(id, builder);
            }
        }

        @Nullable
        Builder at(long id) {
            if (dense != null) {
                long i = id - lo;
                return i >= 0 && i < dense.length ? dense[(int) i] : null;
            }
            return sparse.get(id);
        }
    }

    /** COPY ... TO STDOUT, read in place (the columns are numbers and codes, never escaped text). */
    private void copy(String query, java.util.function.Consumer<CopyRows> row) {
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            CopyRows.each(
                    connection
                            .unwrap(org.postgresql.PGConnection.class)
                            .getCopyAPI()
                            .copyOut("COPY (" + query + ") TO STDOUT"),
                    row);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static SubjectView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
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

    private static final class Builder {
        private final SubjectKind kind;
        private final List<History.AwardRecord> records = new ArrayList<>();
        private final List<History.RatingRecord> ratings = new ArrayList<>();
        private final List<History.Initiative> initiatives = new ArrayList<>();
        private final List<History.Discipline> disciplines = new ArrayList<>();
        private Integer monthsWorked;
        private History.Members members;

        Builder(SubjectKind kind) {
            this.kind = kind;
        }

        History build() {
            return new History(kind, records, ratings, initiatives, disciplines, monthsWorked, members);
        }
    }

    /** Awards recorded in the history of the subjects of an authority's units: year, award code, count. */
    public List<vn.thidua.rules.AwardCount> awardCounts(long authorityId, boolean byBloc) {
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
                .query((rs, i) -> new vn.thidua.rules.AwardCount(
                        rs.getInt("year"),
                        rs.getString("award"),
                        Award.valueOf(rs.getString("award")).label(),
                        rs.getString("bloc_name"),
                        rs.getLong("n")))
                .list();
    }
}
