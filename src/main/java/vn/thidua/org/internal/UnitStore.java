package vn.thidua.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.org.SuccessionKind;
import vn.thidua.org.UnitCommand;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitRef;
import vn.thidua.org.UnitSuccessionView;
import vn.thidua.org.UnitView;

@Repository
public class UnitStore {

    private static final String SELECT = """
            SELECT u.id, u.authority_id, a.name AS authority_name, u.name, u.short_name, u.kind, u.email, u.phone,
                   u.active, u.ended_on, u.version
            FROM unit u JOIN authority a ON a.id = u.authority_id""";

    private final JdbcClient jdbc;

    UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units whose name or short name contains the query, ignoring case and diacritics. */
    public List<UnitView> search(String query, Long authorityId, int limit) {
        return jdbc.sql(SELECT + "\n" + """
                 WHERE (:q = '' OR u.search_text LIKE '%' || search_key(:q) || '%')
                   AND (CAST(:authority AS bigint) IS NULL OR u.authority_id = :authority)
                 ORDER BY u.active DESC, a.name COLLATE vi, u.name COLLATE vi LIMIT :limit""")
                .param("q", query == null ? "" : query.trim())
                .param("authority", authorityId)
                .param("limit", limit)
                .query(UnitStore::unit)
                .list();
    }

    public Optional<UnitView> find(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .query(UnitStore::unit)
                .optional();
    }

    public List<UnitView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE u.id IN (:ids) ORDER BY u.name COLLATE vi")
                .param("ids", ids)
                .query(UnitStore::unit)
                .list();
    }

    public boolean activeNameTaken(long authorityId, String name, Long exceptId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM unit WHERE authority_id = :a AND active
                               AND search_key(name) = search_key(:name)
                               AND (CAST(:except AS bigint) IS NULL OR id <> :except))""")
                .param("a", authorityId)
                .param("name", name)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    public long insert(UnitCommand c) {
        return jdbc.sql("""
                INSERT INTO unit (authority_id, name, short_name, kind, email, phone)
                VALUES (:authorityId, :name, :shortName, :kind, :email, :phone) RETURNING id""")
                .param("authorityId", c.authorityId())
                .param("name", c.name().trim())
                .param("shortName", blankToNull(c.shortName()))
                .param("kind", c.kind().name())
                .param("email", blankToNull(c.email()))
                .param("phone", blankToNull(c.phone()))
                .query(Long.class)
                .single();
    }

    /** Updates unless someone else saved first (when the caller names the version it read). */
    public boolean update(long id, UnitCommand c) {
        return jdbc.sql("""
                UPDATE unit SET name = :name, short_name = :shortName, kind = :kind, email = :email, phone = :phone,
                       version = version + 1
                WHERE id = :id AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", id)
                        .param("name", c.name().trim())
                        .param("shortName", blankToNull(c.shortName()))
                        .param("kind", c.kind().name())
                        .param("email", blankToNull(c.email()))
                        .param("phone", blankToNull(c.phone()))
                        .param("version", c.version())
                        .update()
                == 1;
    }

    public void insertSuccession(
            long predecessorId, long successorId, SuccessionKind kind, LocalDate effectiveOn, String legalBasis) {
        jdbc.sql("""
                INSERT INTO unit_succession (predecessor_id, successor_id, kind, effective_on, legal_basis)
                VALUES (:p, :s, :kind, :on, :basis)""")
                .param("p", predecessorId)
                .param("s", successorId)
                .param("kind", kind.name())
                .param("on", effectiveOn)
                .param("basis", blankToNull(legalBasis))
                .update();
    }

    /** A renamed or merged unit stops being active from the date; a split leaves the original as it is. */
    public void end(long unitId, LocalDate endedOn) {
        jdbc.sql("UPDATE unit SET active = false, ended_on = :on, version = version + 1 WHERE id = :id")
                .param("id", unitId)
                .param("on", endedOn)
                .update();
    }

    public boolean successionExists(long predecessorId, long successorId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM unit_succession WHERE predecessor_id = :p AND successor_id = :s)""")
                .param("p", predecessorId)
                .param("s", successorId)
                .query(Boolean.class)
                .single();
    }

    /** The units this unit was renamed or merged into on or before the day (a split is not followed). */
    public List<Long> carriedOnBy(long unitId, LocalDate on) {
        return jdbc.sql("""
                SELECT successor_id FROM unit_succession
                WHERE predecessor_id = :id AND kind <> 'SPLIT_INTO' AND effective_on <= :on""")
                .param("id", unitId)
                .param("on", on)
                .query(Long.class)
                .list();
    }

    /** The unit and every unit it succeeds, however many renames and mergers back. */
    public List<Long> lineage(long unitId) {
        return line(unitId, "predecessor_id", "successor_id", true);
    }

    /** The units that carry this unit's history on, however many steps forward. */
    public List<Long> descendants(long unitId) {
        return line(unitId, "successor_id", "predecessor_id", false);
    }

    /**
     * The units reached from the unit by following its successions one way (to {@code next} from {@code from}: back
     * to predecessors or on to successors), with or without the unit itself. The two column names are this class's.
     */
    private List<Long> line(long unitId, String next, String from, boolean withItself) {
        return jdbc.sql("""
                WITH RECURSIVE line(id) AS (
                    SELECT CAST(:id AS bigint)
                    UNION
                    SELECT s.%s FROM unit_succession s JOIN line ON s.%s = line.id)
                SELECT id FROM line WHERE :withItself OR id <> :id""".formatted(next, from))
                .param("id", unitId)
                .param("withItself", withItself)
                .query(Long.class)
                .list();
    }

    /** Every succession step touching the unit's lineage backwards and forwards, oldest first. */
    public List<UnitSuccessionView> successions(Collection<Long> unitIds) {
        return jdbc.sql("""
                SELECT s.kind, s.effective_on, s.legal_basis,
                       p.id AS p_id, p.name AS p_name, p.short_name AS p_short, p.authority_id AS p_auth,
                           pa.name AS p_auth_name,
                       n.id AS n_id, n.name AS n_name, n.short_name AS n_short, n.authority_id AS n_auth,
                           na.name AS n_auth_name
                FROM unit_succession s
                JOIN unit p ON p.id = s.predecessor_id JOIN authority pa ON pa.id = p.authority_id
                JOIN unit n ON n.id = s.successor_id JOIN authority na ON na.id = n.authority_id
                WHERE s.predecessor_id IN (:ids) OR s.successor_id IN (:ids)
                ORDER BY s.effective_on, p.name COLLATE vi""")
                .param("ids", unitIds)
                .query((rs, i) -> new UnitSuccessionView(
                        new UnitRef(
                                rs.getLong("p_id"),
                                rs.getString("p_name"),
                                rs.getString("p_short"),
                                rs.getLong("p_auth"),
                                rs.getString("p_auth_name")),
                        new UnitRef(
                                rs.getLong("n_id"),
                                rs.getString("n_name"),
                                rs.getString("n_short"),
                                rs.getLong("n_auth"),
                                rs.getString("n_auth_name")),
                        SuccessionKind.valueOf(rs.getString("kind")),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getString("legal_basis")))
                .list();
    }

    static UnitView unit(ResultSet rs, int row) throws SQLException {
        return new UnitView(
                rs.getLong("id"),
                rs.getLong("authority_id"),
                rs.getString("authority_name"),
                rs.getString("name"),
                rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("active"),
                rs.getObject("ended_on", LocalDate.class),
                rs.getLong("version"));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
