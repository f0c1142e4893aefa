package vn.thidua.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.CouncilMemberView;

@Repository
public class AuthorityStore {

    private static final String SELECT = """
            SELECT a.id, a.code, a.name, a.kind, a.successor_id, s.name AS successor_name, a.merged_on, a.note
            FROM authority a LEFT JOIN authority s ON s.id = a.successor_id""";

    private final JdbcClient jdbc;

    AuthorityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuthorityView> all() {
        return jdbc.sql(SELECT + " ORDER BY a.kind DESC, a.name COLLATE vi").query(AuthorityStore::authority).list();
    }

    public Optional<AuthorityView> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(AuthorityStore::authority).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE search_key(name) = search_key(:name))")
                .param("name", name).query(Boolean.class).single();
    }

    public long insert(String code, String name, AuthorityKind kind) {
        return jdbc.sql("INSERT INTO authority (code, name, kind) VALUES (:code, :name, :kind) RETURNING id")
                .param("code", code).param("name", name).param("kind", kind.name())
                .query(Long.class).single();
    }

    public void recordMerger(long authorityId, long successorId, LocalDate mergedOn, String note) {
        jdbc.sql("""
                UPDATE authority SET successor_id = :successor, merged_on = :mergedOn, note = :note,
                       version = version + 1 WHERE id = :id""")
                .param("id", authorityId).param("successor", successorId).param("mergedOn", mergedOn)
                .param("note", note).update();
    }

    public List<CouncilMemberView> councilMembers(long authorityId) {
        return jdbc.sql("SELECT id, authority_id, full_name, position FROM council_member WHERE authority_id = :a ORDER BY full_name COLLATE vi")
                .param("a", authorityId).query(AuthorityStore::councilMember).list();
    }

    public Optional<CouncilMemberView> councilMember(long id) {
        return jdbc.sql("SELECT id, authority_id, full_name, position FROM council_member WHERE id = :id")
                .param("id", id).query(AuthorityStore::councilMember).optional();
    }

    public long insertCouncilMember(long authorityId, String fullName, String position) {
        return jdbc.sql("""
                INSERT INTO council_member (authority_id, full_name, position) VALUES (:a, :fullName, :position)
                RETURNING id""")
                .param("a", authorityId).param("fullName", fullName).param("position", position)
                .query(Long.class).single();
    }

    public void updateCouncilMember(long id, String fullName, String position) {
        jdbc.sql("UPDATE council_member SET full_name = :fullName, position = :position, version = version + 1 WHERE id = :id")
                .param("id", id).param("fullName", fullName).param("position", position).update();
    }

    /** Names are compared as the unique index compares them: without case or diacritics. */
    public boolean councilMemberNameTaken(long authorityId, String fullName, Long exceptId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM council_member WHERE authority_id = :a
                               AND search_key(full_name) = search_key(:name)
                               AND (CAST(:except AS bigint) IS NULL OR id <> :except))""")
                .param("a", authorityId).param("name", fullName.trim()).param("except", exceptId)
                .query(Boolean.class).single();
    }

    static CouncilMemberView councilMember(ResultSet rs, int row) throws SQLException {
        return new CouncilMemberView(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("full_name"),
                rs.getString("position"));
    }

    private static AuthorityView authority(ResultSet rs, int row) throws SQLException {
        return new AuthorityView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                AuthorityKind.valueOf(rs.getString("kind")), rs.getObject("successor_id", Long.class),
                rs.getString("successor_name"), rs.getObject("merged_on", LocalDate.class), rs.getString("note"));
    }
}
