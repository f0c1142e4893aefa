package vn.thidua.rules.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import vn.thidua.rules.SubjectView;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.DisciplineLevel;
import vn.thidua.rules.domain.History;
import vn.thidua.rules.domain.InitiativeLevel;
import vn.thidua.rules.domain.Rating;
import vn.thidua.rules.domain.SubjectKind;

/**
 * The histories of many subjects at once, read with COPY (a handful of statements whatever their number, each
 * row parsed where it arrives): a candidate list's, and a screening's chunks of a unit's people.
 */
@Repository
public class HistoryReads {

    private static final Award[] AWARDS = Award.values();
    private static final CommendationType[] TYPES = CommendationType.values();
    private static final Rating[] RATINGS = Rating.values();
    private static final InitiativeLevel[] LEVELS = InitiativeLevel.values();
    private static final DisciplineLevel[] DISCIPLINES = DisciplineLevel.values();
    private static final SubjectKind[] KINDS = SubjectKind.values();

    private final DataSource dataSource;

    HistoryReads(DataSource dataSource) {
        this.dataSource = dataSource;
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
     * in id order, with their authority and histories, read with six COPY statements over the ids' range, or
     * their list when they are scattered (no statement with thousands of parameters, no result set of thousands
     * of rows).
     */
    public List<Staff> staffWithHistories(long unitId, List<Long> ids, int year) {
        if (ids.isEmpty()) {
            return List.of();
        }
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i) <= ids.get(i - 1)) {
                // the rows are walked beside the ids in order, and the range taken from the first and the last
                throw new IllegalArgumentException("ids not in ascending order at " + i);
            }
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
    private void copy(String query, Consumer<CopyRows> row) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyRows.each(
                    connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT"), row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
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
}
