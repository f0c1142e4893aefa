package vn.thidua.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thidua.accounts.AccountView;
import vn.thidua.platform.security.Role;

/**
 * Accounts as their managers list and change them. An account's authority is its own for a board
 * or decider, its unit's for an officer, its council's for a council member: the scope a board
 * manages.
 */
@Repository
public class AccountStore {

    private static final String SELECT = """
            SELECT u.id, u.username, u.full_name, u.role,
                   coalesce(u.authority_id, un.authority_id, cm.authority_id) AS scope_authority_id,
                       a.name AS authority_name,
                   u.unit_id, un.name AS unit_name, u.council_member_id, cm.full_name AS council_member_name,
                   u.email, u.enabled, u.kind = 'SERVICE' AS service, u.password_hash IS NOT NULL AS activated,
                   coalesce(u.locked_until > :now, false) AS locked, u.totp_secret IS NOT NULL AS two_factor,
                       u.created_at
            FROM app_user u
            LEFT JOIN unit un ON un.id = u.unit_id
            LEFT JOIN council_member cm ON cm.id = u.council_member_id
            LEFT JOIN authority a ON a.id = coalesce(u.authority_id, un.authority_id, cm.authority_id)
            """;

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts matching the words (username, name, e-mail; without diacritics), of one authority or of all. */
    public List<AccountView> search(String query, Long authorityId, boolean service, Instant now) {
        return jdbc.sql(SELECT + """
                WHERE (u.kind = 'SERVICE') = :service
                  AND (:authority::bigint IS NULL OR (coalesce(u.authority_id, un.authority_id,
                      cm.authority_id) = :authority
                                                      AND u.role <> 'ADMIN'))
                  AND search_key(u.username || ' ' || u.full_name || ' ' || coalesce(u.email, '')) LIKE '%'
                      || search_key(:q) || '%'
                ORDER BY u.enabled DESC, u.full_name COLLATE vi, u.username
                LIMIT 500""")
                .param("now", Timestamp.from(now))
                .param("service", service)
                .param("authority", authorityId)
                .param("q", query == null ? "" : query.trim())
                .query(AccountStore::view)
                .list();
    }

    /**
     * Every enabled person's account of one authority (its board, its units', its council's, its decider), all of them.
     */
    public List<AccountView> enabledPeople(long authorityId, Instant now) {
        return jdbc.sql(SELECT + """
                WHERE u.kind <> 'SERVICE' AND u.enabled AND u.role <> 'ADMIN'
                  AND coalesce(u.authority_id, un.authority_id, cm.authority_id) = :authority
                ORDER BY u.full_name COLLATE vi, u.username""")
                .param("now", Timestamp.from(now))
                .param("authority", authorityId)
                .query(AccountStore::view)
                .list();
    }

    public Optional<AccountView> find(long id, Instant now) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .query(AccountStore::view)
                .optional();
    }

    public Optional<Long> idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(:u)")
                .param("u", username)
                .query(Long.class)
                .optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    /** Whether another enabled account already stands for this council member (one vote each). */
    public boolean councilMemberTaken(long councilMemberId, Long exceptId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM app_user WHERE council_member_id = :member AND enabled AND id <> coalesce(:except, -1))""")
                .param("member", councilMemberId)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    public boolean emailTaken(String email, Long exceptId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(email) = lower(:e) AND id <> coalesce(:except, -1))")
                .param("e", email)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    /**
     * A scope as stored: the authority only for a board or decider; an officer's and a member's follow their unit and
     * council.
     */
    public record StoredScope(Role role, Long authorityId, Long unitId, Long councilMemberId) {}

    public long insert(
            String username, String fullName, StoredScope scope, String email, boolean service, long createdBy) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, authority_id, unit_id,
                    council_member_id,
                                      email, kind, created_by)
                VALUES (:username, NULL, :fullName, :role, :authority, :unit, :member, :email, :kind, :by) RETURNING id""")
                .param("username", username)
                .param("fullName", fullName)
                .param("role", scope.role().name())
                .param("authority", scope.authorityId())
                .param("unit", scope.unitId())
                .param("member", scope.councilMemberId())
                .param("email", email)
                .param("kind", service ? "SERVICE" : "PERSON")
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public void update(long id, String fullName, String email, StoredScope scope, boolean enabled) {
        jdbc.sql("""
                UPDATE app_user SET full_name = :fullName, email = :email, role = :role, authority_id = :authority,
                       unit_id = :unit, council_member_id = :member, enabled = :enabled, version = version + 1
                WHERE id = :id""")
                .param("fullName", fullName)
                .param("email", email)
                .param("role", scope.role().name())
                .param("authority", scope.authorityId())
                .param("unit", scope.unitId())
                .param("member", scope.councilMemberId())
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    public StoredScope storedScope(long id) {
        return jdbc.sql("SELECT role, authority_id, unit_id, council_member_id FROM app_user WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredScope(
                        Role.valueOf(rs.getString(1)),
                        rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class)))
                .single();
    }

    private static AccountView view(ResultSet rs, int row) throws SQLException {
        return new AccountView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("scope_authority_id", Long.class),
                rs.getString("authority_name"),
                rs.getObject("unit_id", Long.class),
                rs.getString("unit_name"),
                rs.getObject("council_member_id", Long.class),
                rs.getString("council_member_name"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getBoolean("service"),
                rs.getBoolean("activated"),
                rs.getBoolean("locked"),
                rs.getBoolean("two_factor"),
                rs.getTimestamp("created_at").toInstant());
    }
}
