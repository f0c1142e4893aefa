package vn.thidua.org.internal;

import static vn.thidua.org.internal.UnitStore.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.BlocCommand;
import vn.thidua.org.BlocView;
import vn.thidua.org.BlocYearCommand;
import vn.thidua.org.BlocYearView;
import vn.thidua.org.CouncilMemberView;
import vn.thidua.org.UnitMembershipView;
import vn.thidua.org.UnitMembershipView.BlocRole;
import vn.thidua.org.UnitRef;
import vn.thidua.org.domain.BlocKind;

@Repository
public class BlocStore {

    private static final String SELECT_BLOC = """
            SELECT b.id, b.authority_id, a.name AS authority_name, a.kind AS authority_kind, b.name, b.kind,
                   b.description, b.version, ly.year AS latest_year, lu.name AS latest_leader
            FROM bloc b JOIN authority a ON a.id = b.authority_id
            LEFT JOIN LATERAL (SELECT y.year, y.leader_unit_id FROM bloc_year y WHERE y.bloc_id = b.id
                               ORDER BY y.year DESC LIMIT 1) ly ON true
            LEFT JOIN unit lu ON lu.id = ly.leader_unit_id""";

    private static final String SELECT_YEAR = """
            SELECT y.id, y.bloc_id, y.year, y.flag_quota, y.note, y.version,
                   l.id AS l_id, l.name AS l_name, l.short_name AS l_short, l.authority_id AS l_auth,
                       la.name AS l_auth_name,
                   d.id AS d_id, d.name AS d_name, d.short_name AS d_short, d.authority_id AS d_auth,
                       da.name AS d_auth_name,
                   c.id AS c_id, c.authority_id AS c_auth, c.full_name AS c_name, c.position AS c_position
            FROM bloc_year y
            LEFT JOIN unit l ON l.id = y.leader_unit_id LEFT JOIN authority la ON la.id = l.authority_id
            LEFT JOIN unit d ON d.id = y.deputy_unit_id LEFT JOIN authority da ON da.id = d.authority_id
            LEFT JOIN council_member c ON c.id = y.council_member_id""";

    private final JdbcClient jdbc;

    BlocStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean followedBy(long blocId, long councilMemberId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bloc_year WHERE bloc_id = :b AND council_member_id = :c)")
                .param("b", blocId)
                .param("c", councilMemberId)
                .query(Boolean.class)
                .single();
    }

    public List<BlocView> search(String query, Long authorityId, Long councilMemberId) {
        return jdbc.sql(SELECT_BLOC + "\n" + """
                 WHERE (:q = '' OR b.search_text LIKE '%' || search_key(:q) || '%'
                        OR a.search_text LIKE '%' || search_key(:q) || '%')
                   AND (CAST(:authority AS bigint) IS NULL OR b.authority_id = :authority)
                   AND (CAST(:council AS bigint) IS NULL OR EXISTS (
                        SELECT 1 FROM bloc_year cy WHERE cy.bloc_id = b.id AND cy.council_member_id = :council))
                 ORDER BY a.name COLLATE vi, b.name COLLATE vi""")
                .param("q", query == null ? "" : query.trim())
                .param("authority", authorityId)
                .param("council", councilMemberId)
                .query(BlocStore::bloc)
                .list();
    }

    public Optional<BlocView> find(long id) {
        return jdbc.sql(SELECT_BLOC + " WHERE b.id = :id")
                .param("id", id)
                .query(BlocStore::bloc)
                .optional();
    }

    public boolean nameTaken(long authorityId, String name, Long exceptId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM bloc WHERE authority_id = :a AND search_key(name) = search_key(:name)
                               AND (CAST(:except AS bigint) IS NULL OR id <> :except))""")
                .param("a", authorityId)
                .param("name", name)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    public boolean hasYears(long blocId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM bloc_year WHERE bloc_id = :id)")
                .param("id", blocId)
                .query(Boolean.class)
                .single();
    }

    public long insert(BlocCommand c) {
        return jdbc.sql("""
                INSERT INTO bloc (authority_id, name, kind, description) VALUES (:a, :name, :kind, :description)
                RETURNING id""")
                .param("a", c.authorityId())
                .param("name", c.name().trim())
                .param("kind", c.kind().name())
                .param("description", blankToNull(c.description()))
                .query(Long.class)
                .single();
    }

    public boolean update(long id, BlocCommand c) {
        return jdbc.sql("""
                UPDATE bloc SET name = :name, kind = :kind, description = :description, version = version + 1
                WHERE id = :id AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", id)
                        .param("name", c.name().trim())
                        .param("kind", c.kind().name())
                        .param("description", blankToNull(c.description()))
                        .param("version", c.version())
                        .update()
                == 1;
    }

    public List<BlocYearView> years(long blocId) {
        List<BlocYearView> years = jdbc.sql(SELECT_YEAR + " WHERE y.bloc_id = :b ORDER BY y.year DESC")
                .param("b", blocId)
                .query((rs, i) -> year(rs, List.of()))
                .list();
        Map<Long, List<UnitRef>> members =
                membersOf(years.stream().map(BlocYearView::id).toList());
        return years.stream()
                .map(y -> withMembers(y, members.getOrDefault(y.id(), List.of())))
                .toList();
    }

    /** The years of several blocs at once (two statements whatever their number), by bloc, latest first. */
    public Map<Long, List<BlocYearView>> years(Collection<Long> blocIds) {
        if (blocIds.isEmpty()) {
            return Map.of();
        }
        List<BlocYearView> years = jdbc.sql(SELECT_YEAR + " WHERE y.bloc_id IN (:b) ORDER BY y.bloc_id, y.year DESC")
                .param("b", List.copyOf(blocIds))
                .query((rs, i) -> year(rs, List.of()))
                .list();
        Map<Long, List<UnitRef>> members =
                membersOf(years.stream().map(BlocYearView::id).toList());
        Map<Long, List<BlocYearView>> byBloc = new LinkedHashMap<>();
        for (BlocYearView y : years) {
            byBloc.computeIfAbsent(y.blocId(), b -> new ArrayList<>())
                    .add(withMembers(y, members.getOrDefault(y.id(), List.of())));
        }
        return byBloc;
    }

    public Optional<BlocYearView> year(long blocId, int year) {
        return jdbc.sql(SELECT_YEAR + " WHERE y.bloc_id = :b AND y.year = :year")
                .param("b", blocId)
                .param("year", year)
                .query((rs, i) -> year(rs, List.of()))
                .optional()
                .map(y -> withMembers(y, membersOf(List.of(y.id())).getOrDefault(y.id(), List.of())));
    }

    public Optional<BlocYearView> yearById(long yearId) {
        return jdbc.sql(SELECT_YEAR + " WHERE y.id = :id")
                .param("id", yearId)
                .query((rs, i) -> year(rs, List.of()))
                .optional()
                .map(y -> withMembers(y, membersOf(List.of(y.id())).getOrDefault(y.id(), List.of())));
    }

    public long insertYear(long blocId, BlocKind kind, BlocYearCommand c) {
        return jdbc.sql("""
                INSERT INTO bloc_year (bloc_id, bloc_kind, year, leader_unit_id, deputy_unit_id, council_member_id,
                                       flag_quota, note)
                VALUES (:b, :kind, :year, :leader, :deputy, :council, :quota, :note) RETURNING id""")
                .param("b", blocId)
                .param("kind", kind.name())
                .param("year", c.year())
                .param("leader", c.leaderUnitId())
                .param("deputy", c.deputyUnitId())
                .param("council", c.councilMemberId())
                .param("quota", c.flagQuota())
                .param("note", blankToNull(c.note()))
                .query(Long.class)
                .single();
    }

    public boolean updateYear(long yearId, BlocYearCommand c) {
        return jdbc.sql("""
                UPDATE bloc_year SET leader_unit_id = :leader, deputy_unit_id = :deputy, council_member_id = :council,
                       flag_quota = :quota, note = :note, version = version + 1
                WHERE id = :id AND (CAST(:version AS bigint) IS NULL OR version = :version)""")
                        .param("id", yearId)
                        .param("leader", c.leaderUnitId())
                        .param("deputy", c.deputyUnitId())
                        .param("council", c.councilMemberId())
                        .param("quota", c.flagQuota())
                        .param("note", blankToNull(c.note()))
                        .param("version", c.version())
                        .update()
                == 1;
    }

    public void replaceMembers(long yearId, int year, BlocKind kind, Collection<Long> unitIds) {
        jdbc.sql("DELETE FROM bloc_member WHERE bloc_year_id = :id")
                .param("id", yearId)
                .update();
        for (Long unitId : unitIds) {
            jdbc.sql("""
                    INSERT INTO bloc_member (bloc_year_id, unit_id, year, bloc_kind) VALUES (:id, :unit, :year, :kind)""")
                    .param("id", yearId)
                    .param("unit", unitId)
                    .param("year", year)
                    .param("kind", kind.name())
                    .update();
        }
    }

    /** For each unit already in another bloc of the same kind that year: the unit's and that bloc's names. */
    public List<String[]> conflictingMemberships(Collection<Long> unitIds, int year, BlocKind kind, long exceptBlocId) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT u.name AS unit_name, b.name AS bloc_name
                FROM bloc_member m JOIN bloc_year y ON y.id = m.bloc_year_id JOIN bloc b ON b.id = y.bloc_id
                JOIN unit u ON u.id = m.unit_id
                WHERE m.unit_id IN (:units) AND m.year = :year AND m.bloc_kind = :kind AND y.bloc_id <> :bloc
                ORDER BY u.name COLLATE vi""")
                .param("units", unitIds)
                .param("year", year)
                .param("kind", kind.name())
                .param("bloc", exceptBlocId)
                .query((rs, i) -> new String[] {rs.getString("unit_name"), rs.getString("bloc_name")})
                .list();
    }

    /** Every year of every bloc in which one of the units took part, newest first. */
    public List<UnitMembershipView> memberships(Collection<Long> unitIds) {
        return jdbc.sql("""
                SELECT m.year, b.id AS bloc_id, b.name AS bloc_name, b.kind AS bloc_kind, a.name AS authority_name,
                       u.id AS u_id, u.name AS u_name, u.short_name AS u_short, u.authority_id AS u_auth,
                       ua.name AS u_auth_name,
                       CASE WHEN y.leader_unit_id = m.unit_id THEN 'LEADER'
                            WHEN y.deputy_unit_id = m.unit_id THEN 'DEPUTY' ELSE 'MEMBER' END AS role
                FROM bloc_member m JOIN bloc_year y ON y.id = m.bloc_year_id JOIN bloc b ON b.id = y.bloc_id
                JOIN authority a ON a.id = b.authority_id
                JOIN unit u ON u.id = m.unit_id JOIN authority ua ON ua.id = u.authority_id
                WHERE m.unit_id IN (:units)
                ORDER BY m.year DESC, b.name COLLATE vi""")
                .param("units", unitIds)
                .query((rs, i) -> new UnitMembershipView(
                        rs.getInt("year"),
                        rs.getLong("bloc_id"),
                        rs.getString("bloc_name"),
                        BlocKind.valueOf(rs.getString("bloc_kind")),
                        rs.getString("authority_name"),
                        new UnitRef(
                                rs.getLong("u_id"),
                                rs.getString("u_name"),
                                rs.getString("u_short"),
                                rs.getLong("u_auth"),
                                rs.getString("u_auth_name")),
                        BlocRole.valueOf(rs.getString("role"))))
                .list();
    }

    private Map<Long, List<UnitRef>> membersOf(List<Long> yearIds) {
        Map<Long, List<UnitRef>> members = new LinkedHashMap<>();
        if (yearIds.isEmpty()) {
            return members;
        }
        jdbc.sql("""
                SELECT m.bloc_year_id, u.id, u.name, u.short_name, u.authority_id, a.name AS authority_name
                FROM bloc_member m JOIN unit u ON u.id = m.unit_id JOIN authority a ON a.id = u.authority_id
                WHERE m.bloc_year_id IN (:ids) ORDER BY a.name COLLATE vi, u.name COLLATE vi""").param("ids", yearIds).query((ResultSet rs) -> {
            members.computeIfAbsent(rs.getLong("bloc_year_id"), k -> new ArrayList<>())
                    .add(new UnitRef(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("short_name"),
                            rs.getLong("authority_id"),
                            rs.getString("authority_name")));
        });
        return members;
    }

    private static BlocYearView withMembers(BlocYearView y, List<UnitRef> members) {
        return new BlocYearView(
                y.id(),
                y.blocId(),
                y.year(),
                y.leader(),
                y.deputy(),
                y.councilMember(),
                y.flagQuota(),
                y.note(),
                members,
                y.version());
    }

    private static BlocYearView year(ResultSet rs, List<UnitRef> members) throws SQLException {
        return new BlocYearView(
                rs.getLong("id"),
                rs.getLong("bloc_id"),
                rs.getInt("year"),
                unitRef(rs, "l"),
                unitRef(rs, "d"),
                rs.getObject("c_id") == null
                        ? null
                        : new CouncilMemberView(
                                rs.getLong("c_id"),
                                rs.getLong("c_auth"),
                                rs.getString("c_name"),
                                rs.getString("c_position")),
                rs.getObject("flag_quota", Integer.class),
                rs.getString("note"),
                members,
                rs.getLong("version"));
    }

    private static UnitRef unitRef(ResultSet rs, String prefix) throws SQLException {
        if (rs.getObject(prefix + "_id") == null) {
            return null;
        }
        return new UnitRef(
                rs.getLong(prefix + "_id"),
                rs.getString(prefix + "_name"),
                rs.getString(prefix + "_short"),
                rs.getLong(prefix + "_auth"),
                rs.getString(prefix + "_auth_name"));
    }

    private static BlocView bloc(ResultSet rs, int row) throws SQLException {
        return new BlocView(
                rs.getLong("id"),
                rs.getLong("authority_id"),
                rs.getString("authority_name"),
                AuthorityKind.valueOf(rs.getString("authority_kind")),
                rs.getString("name"),
                BlocKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getLong("version"),
                rs.getObject("latest_year", Integer.class),
                rs.getString("latest_leader"));
    }
}
