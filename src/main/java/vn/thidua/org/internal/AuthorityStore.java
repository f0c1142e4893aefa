package vn.thidua.org.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.org.AuthorityKind;
import vn.thidua.org.AuthorityView;
import vn.thidua.org.CouncilMemberView;

@Repository
public class AuthorityStore {

    private static final String SELECT = """
            SELECT a.id, a.code, a.name, a.kind, a.successor_id, s.name AS successor_name, a.merged_on, a.note,
                a.merger_basis
            FROM authority a LEFT JOIN authority s ON s.id = a.successor_id""";

    private final JdbcClient jdbc;

    AuthorityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuthorityView> all() {
        List<AuthorityView> rows = jdbc.sql(SELECT + " ORDER BY a.kind DESC, a.name COLLATE vi")
                .query(AuthorityStore::row)
                .list();
        Map<Long, List<AuthorityView.FormerName>> formerNames = formerNames(null);
        return rows.stream()
                .map(r -> r.withHistory(
                        rows.stream()
                                .filter(p -> Long.valueOf(r.id()).equals(p.successorId()))
                                .map(AuthorityView::asPredecessor)
                                .toList(),
                        formerNames.getOrDefault(r.id(), List.of())))
                .toList();
    }

    public Optional<AuthorityView> find(long id) {
        Optional<AuthorityView> row = jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(AuthorityStore::row)
                .optional();
        return row.map(r -> r.withHistory(
                jdbc
                        .sql(SELECT + " WHERE a.successor_id = :id ORDER BY a.merged_on, a.name COLLATE vi")
                        .param("id", id)
                        .query(AuthorityStore::row)
                        .list()
                        .stream()
                        .map(AuthorityView::asPredecessor)
                        .toList(),
                formerNames(id).getOrDefault(id, List.of())));
    }

    /** Former names by authority (of one, or of all when {@code authorityId} is null), each with the day it began. */
    private Map<Long, List<AuthorityView.FormerName>> formerNames(Long authorityId) {
        return jdbc
                .sql("""
                SELECT authority_id, name, renamed_on, legal_basis,
                       lag(renamed_on) OVER (PARTITION BY authority_id ORDER BY renamed_on) AS since
                FROM authority_former_name WHERE CAST(:a AS bigint) IS NULL OR authority_id = :a""")
                .param("a", authorityId)
                .query((rs, i) -> Map.entry(
                        rs.getLong("authority_id"),
                        new AuthorityView.FormerName(
                                rs.getString("name"),
                                rs.getObject("since", LocalDate.class),
                                rs.getObject("renamed_on", LocalDate.class),
                                rs.getString("legal_basis"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The authority and every authority merged into it (however many mergers back) on or before the day. */
    public List<Long> lineage(long authorityId, LocalDate on) {
        return jdbc.sql("""
                WITH RECURSIVE line(id) AS (
                    SELECT CAST(:id AS bigint)
                    UNION
                    SELECT a.id FROM authority a JOIN line ON a.successor_id = line.id AND a.merged_on <= :on)
                SELECT id FROM line""")
                .param("id", authorityId)
                .param("on", on)
                .query(Long.class)
                .list();
    }

    /** The authority and the ones it was merged into, in order, however many mergers forward. */
    public List<Long> successors(long authorityId) {
        return jdbc.sql("""
                WITH RECURSIVE line(id, step) AS (
                    SELECT CAST(:id AS bigint), 0
                    UNION
                    SELECT a.successor_id, line.step + 1 FROM authority a JOIN line ON a.id = line.id
                    WHERE a.successor_id IS NOT NULL AND line.step < 100)
                SELECT id FROM line ORDER BY step""").param("id", authorityId).query(Long.class).list();
    }

    public void rename(long authorityId, String formerName, String newName, LocalDate renamedOn, String legalBasis) {
        jdbc.sql("""
                INSERT INTO authority_former_name (authority_id, name, renamed_on, legal_basis)
                VALUES (:id, :name, :on, :basis)""")
                .param("id", authorityId)
                .param("name", formerName)
                .param("on", renamedOn)
                .param("basis", legalBasis)
                .update();
        jdbc.sql("UPDATE authority SET name = :name, version = version + 1 WHERE id = :id")
                .param("id", authorityId)
                .param("name", newName)
                .update();
    }

    /** Whether another authority bears the name, compared without case or diacritics. */
    public boolean nameTakenByAnother(long authorityId, String name) {
        // another authority's name, now or before: documents of its years would seem to come from this one
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM authority WHERE id <> :id AND search_key(name) = search_key(:name))
                    OR EXISTS (SELECT 1 FROM authority_former_name WHERE authority_id <> :id
                                AND search_key(name) = search_key(:name))""")
                .param("id", authorityId)
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    /** Whether two names are one, compared as the unique index compares them: without case or diacritics. */
    public boolean sameName(String a, String b) {
        return jdbc.sql("SELECT search_key(:a) = search_key(:b)")
                .param("a", a)
                .param("b", b)
                .query(Boolean.class)
                .single();
    }

    /** Serialises successions of one authority (two boards or tabs recording at once). */
    public void lock(long authorityId) {
        jdbc.sql("SELECT id FROM authority WHERE id = :id FOR UPDATE")
                .param("id", authorityId)
                .query(Long.class)
                .optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM authority WHERE search_key(name) = search_key(:name))")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    public long insert(String code, String name, AuthorityKind kind) {
        return jdbc.sql("INSERT INTO authority (code, name, kind) VALUES (:code, :name, :kind) RETURNING id")
                .param("code", code)
                .param("name", name)
                .param("kind", kind.name())
                .query(Long.class)
                .single();
    }

    public void recordMerger(long authorityId, long successorId, LocalDate mergedOn, String legalBasis) {
        jdbc.sql("""
                UPDATE authority SET successor_id = :successor, merged_on = :mergedOn, merger_basis = :basis,
                       version = version + 1 WHERE id = :id""")
                .param("id", authorityId)
                .param("successor", successorId)
                .param("mergedOn", mergedOn)
                .param("basis", legalBasis)
                .update();
    }

    public List<CouncilMemberView> councilMembers(long authorityId) {
        return jdbc.sql(
                        "SELECT id, authority_id, full_name, position FROM council_member WHERE authority_id = :a ORDER BY full_name COLLATE vi")
                .param("a", authorityId)
                .query(AuthorityStore::councilMember)
                .list();
    }

    public Optional<CouncilMemberView> councilMember(long id) {
        return jdbc.sql("SELECT id, authority_id, full_name, position FROM council_member WHERE id = :id")
                .param("id", id)
                .query(AuthorityStore::councilMember)
                .optional();
    }

    public long insertCouncilMember(long authorityId, String fullName, String position) {
        return jdbc.sql("""
                INSERT INTO council_member (authority_id, full_name, position) VALUES (:a, :fullName, :position)
                RETURNING id""")
                .param("a", authorityId)
                .param("fullName", fullName)
                .param("position", position)
                .query(Long.class)
                .single();
    }

    public void updateCouncilMember(long id, String fullName, String position) {
        jdbc.sql(
                        "UPDATE council_member SET full_name = :fullName, position = :position, version = version + 1 WHERE id = :id")
                .param("id", id)
                .param("fullName", fullName)
                .param("position", position)
                .update();
    }

    /** Names are compared as the unique index compares them: without case or diacritics. */
    public boolean councilMemberNameTaken(long authorityId, String fullName, Long exceptId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM council_member WHERE authority_id = :a
                               AND search_key(full_name) = search_key(:name)
                               AND (CAST(:except AS bigint) IS NULL OR id <> :except))""")
                .param("a", authorityId)
                .param("name", fullName.trim())
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    static CouncilMemberView councilMember(ResultSet rs, int row) throws SQLException {
        return new CouncilMemberView(
                rs.getLong("id"), rs.getLong("authority_id"), rs.getString("full_name"), rs.getString("position"));
    }

    /** An authority as its row holds it, its history not yet read. */
    private static AuthorityView row(ResultSet rs, int row) throws SQLException {
        return new AuthorityView(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                AuthorityKind.valueOf(rs.getString("kind")),
                rs.getObject("successor_id", Long.class),
                rs.getString("successor_name"),
                rs.getObject("merged_on", LocalDate.class),
                rs.getString("note"),
                rs.getString("merger_basis"),
                List.of(),
                List.of());
    }
}
