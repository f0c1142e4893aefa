package vn.thidua.movements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.movements.MovementView;
import vn.thidua.movements.domain.LauncherLevel;
import vn.thidua.movements.domain.MovementKind;
import vn.thidua.movements.domain.MovementScope;
import vn.thidua.movements.domain.MovementStatus;

/** The table movement: one row per movement, its version claimed by every write (optimistic lock). */
@Repository
public class MovementStore {

    private static final String SELECT = """
            SELECT id, authority_id, name, kind, scope, launcher, document_number, document_date, signer, launched_on,
                   period_from, period_to, participants, status, result_summary, collectives_commended,
                   individuals_commended, award_decisions, version
            FROM movement""";

    private final JdbcClient jdbc;

    MovementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MovementView> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(MovementStore::row)
                .optional();
    }

    /** The authority's movements whose period meets the year, newest first. */
    public List<MovementView> ofYear(long authorityId, int year) {
        return jdbc.sql(SELECT + """
                         WHERE authority_id = :a AND period_from <= make_date(:y, 12, 31)
                           AND period_to >= make_date(:y, 1, 1)
                        ORDER BY period_from DESC, id DESC""")
                .param("a", authorityId)
                .param("y", year)
                .query(MovementStore::row)
                .list();
    }

    /** The authority's movements launched within the year (a draft is not yet a movement), oldest first. */
    public List<MovementView> launchedIn(long authorityId, int year) {
        return jdbc.sql(SELECT + """
                         WHERE authority_id = :a AND status <> 'DRAFT'
                           AND launched_on BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31)
                        ORDER BY launched_on, id""")
                .param("a", authorityId)
                .param("y", year)
                .query(MovementStore::row)
                .list();
    }

    /** Adds a draft movement with the fields of {@code f} (its id, authority, status and version are not read). */
    public long insert(long authorityId, MovementView f, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO movement (authority_id, name, kind, scope, launcher, document_number, document_date,
                            signer, launched_on, period_from, period_to, participants, status, result_summary,
                            collectives_commended, individuals_commended, award_decisions, version,
                            created_by, created_at, updated_by, updated_at)
                        VALUES (:a, :name, :kind, :scope, :launcher, :docNo, :docDate, :signer, :launchedOn, :from, :to,
                            :participants, 'DRAFT', :summary, :collectives, :individuals, :decisions, 0,
                            :by, :at, :by, :at)
                        RETURNING id""")
                .param("a", authorityId)
                .params(fields(f))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /**
     * Writes the fields of {@code f} (as for an insert) if the row is still at {@code version}; false when someone
     * changed it in between.
     */
    public boolean update(long id, long version, MovementView f, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE movement SET name = :name, kind = :kind, scope = :scope, launcher = :launcher,
                            document_number = :docNo, document_date = :docDate, signer = :signer,
                            launched_on = :launchedOn, period_from = :from, period_to = :to,
                            participants = :participants, result_summary = :summary,
                            collectives_commended = :collectives, individuals_commended = :individuals,
                            award_decisions = :decisions, version = version + 1, updated_by = :by, updated_at = :at
                        WHERE id = :id AND version = :v""")
                        .param("id", id)
                        .param("v", version)
                        .params(fields(f))
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    public boolean setStatus(long id, long version, MovementStatus status, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE movement SET status = :s, version = version + 1, updated_by = :by, updated_at = :at
                        WHERE id = :id AND version = :v""")
                        .param("id", id)
                        .param("v", version)
                        .param("s", status.name())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static Map<String, Object> fields(MovementView f) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", f.name());
        p.put("kind", f.kind().name());
        p.put("scope", f.scope().name());
        p.put("launcher", f.launcher().name());
        p.put("docNo", f.documentNumber());
        p.put("docDate", f.documentDate());
        p.put("signer", f.signer());
        p.put("launchedOn", f.launchedOn());
        p.put("from", f.periodFrom());
        p.put("to", f.periodTo());
        p.put("participants", f.participants());
        p.put("summary", f.resultSummary());
        p.put("collectives", f.collectivesCommended());
        p.put("individuals", f.individualsCommended());
        p.put("decisions", f.awardDecisions());
        return p;
    }

    private static MovementView row(ResultSet rs, int n) throws SQLException {
        return new MovementView(
                rs.getLong("id"),
                rs.getLong("authority_id"),
                rs.getString("name"),
                MovementKind.valueOf(rs.getString("kind")),
                MovementScope.valueOf(rs.getString("scope")),
                LauncherLevel.valueOf(rs.getString("launcher")),
                rs.getString("document_number"),
                rs.getObject("document_date", LocalDate.class),
                rs.getString("signer"),
                rs.getObject("launched_on", LocalDate.class),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("participants"),
                MovementStatus.valueOf(rs.getString("status")),
                rs.getString("result_summary"),
                (Integer) rs.getObject("collectives_commended"),
                (Integer) rs.getObject("individuals_commended"),
                rs.getString("award_decisions"),
                rs.getLong("version"));
    }
}
