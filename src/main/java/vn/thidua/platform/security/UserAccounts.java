package vn.thidua.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credentials of accounts: bcrypt hashes, failed sign-ins and locks, and the sessions a person
 * holds. Who may create or change whose account is the business of the {@code accounts} feature.
 */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final SecurityMode mode;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, SecurityMode mode, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.mode = mode;
        this.clock = clock;
    }

    /** What sign-in needs to know of an account, read by its username (any case). */
    record Credential(CurrentUser user, String passwordHash, boolean enabled, boolean service, Instant lockedUntil,
            boolean mustChangePassword, boolean totpEnrolled) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    @Transactional(readOnly = true)
    Optional<Credential> credential(String username) {
        return jdbc.sql(SELECT_CREDENTIAL + " WHERE lower(username) = lower(:username)")
                .param("username", username).query(UserAccounts::credential).optional();
    }

    @Transactional(readOnly = true)
    Optional<Credential> credential(long id) {
        return jdbc.sql(SELECT_CREDENTIAL + " WHERE id = :id").param("id", id).query(UserAccounts::credential).optional();
    }

    /** The active person with this e-mail or username, for single sign-on (a provider never grants a role). */
    @Transactional(readOnly = true)
    Optional<Credential> personForSingleSignOn(String username, String email) {
        return jdbc.sql(SELECT_CREDENTIAL + " " + """
                 WHERE kind = 'PERSON' AND enabled
                   AND (lower(username) = lower(:username) OR (:email <> '' AND lower(email) = lower(:email)))
                 ORDER BY lower(username) = lower(:username) DESC LIMIT 1""")
                .param("username", username == null ? "" : username).param("email", email == null ? "" : email)
                .query(UserAccounts::credential).optional();
    }

    private static final String SELECT_CREDENTIAL = """
            SELECT id, username, full_name, role, authority_id, unit_id, council_member_id, password_hash, enabled,
                   kind = 'SERVICE' AS service, locked_until, must_change_password, totp_secret IS NOT NULL AS totp
            FROM app_user""";

    private static Credential credential(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Timestamp locked = rs.getTimestamp("locked_until");
        return new Credential(user(rs), rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("service"), locked == null ? null : locked.toInstant(), rs.getBoolean("must_change_password"),
                rs.getBoolean("totp"));
    }

    static CurrentUser user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("authority_id", Long.class),
                rs.getObject("unit_id", Long.class), rs.getObject("council_member_id", Long.class));
    }

    /**
     * One more failed password in a row; the one that reaches the limit locks the account and starts
     * the count again. Its own transaction, so that the refusal that follows cannot roll it back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(long id) {
        SecuritySettings settings = mode.settings();
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE app_user SET
                  locked_until = CASE WHEN failed_sign_ins + 1 >= :max THEN :until ELSE locked_until END,
                  failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= :max THEN 0 ELSE failed_sign_ins + 1 END
                WHERE id = :id""")
                .param("max", settings.lockoutFailures())
                .param("until", java.sql.Timestamp.from(now.plus(settings.lockoutDuration())))
                .param("id", id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(long id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id AND (failed_sign_ins > 0 OR locked_until IS NOT NULL)")
                .param("id", id).update();
    }

    /** Lifts a lock before its time (an administrator or the account's board decides who may). */
    @Transactional
    public void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id").param("id", id).update();
    }

    @Transactional(readOnly = true)
    public boolean lockedNow(long id) {
        return credential(id).map(c -> c.lockedAt(clock.instant())).orElse(false);
    }

    /** Creates an account with a password chosen by someone else (demo data, the first administrator). */
    @Transactional
    public long create(NewUser user) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, authority_id, unit_id, council_member_id,
                                      must_change_password, password_changed_at)
                VALUES (:username, :hash, :fullName, :role, :authorityId, :unitId, :councilMemberId, :mustChange, now())
                RETURNING id""")
                .param("username", user.username())
                .param("hash", passwordEncoder.encode(user.password()))
                .param("fullName", user.fullName())
                .param("role", user.role().name())
                .param("authorityId", user.authorityId())
                .param("unitId", user.unitId())
                .param("councilMemberId", user.councilMemberId())
                .param("mustChange", user.mustChangePassword())
                .query(Long.class).single();
    }

    /** Sets the password a person chose (the policy was checked by the caller); any lock is lifted. */
    @Transactional
    public void setPassword(long id, String password) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, must_change_password = false, password_changed_at = now(),
                       failed_sign_ins = 0, locked_until = NULL, version = version + 1
                WHERE id = :id AND kind = 'PERSON'""")
                .param("hash", passwordEncoder.encode(password)).param("id", id).update();
    }

    public boolean passwordMatches(long id, String password) {
        String hash = credential(id).map(Credential::passwordHash).orElse(null);
        return hash != null && password != null && passwordEncoder.matches(password, hash);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))").param("u", username)
                .query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    /** The user of the current request, if it has signed in all the way (password, second factor, new password). */
    public static Optional<CurrentUser> current() {
        return principal().filter(p -> p.stage() == SignInStage.SIGNED_IN).map(SignedInUser::user);
    }

    /** The principal of the current request at whatever stage of signing in it stands. */
    public static Optional<SignedInUser> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn);
        }
        return Optional.empty();
    }

    public record NewUser(String username, String password, String fullName, Role role, Long authorityId, Long unitId,
            Long councilMemberId, boolean mustChangePassword) {

        public NewUser(String username, String password, String fullName, Role role, Long authorityId, Long unitId,
                Long councilMemberId) {
            this(username, password, fullName, role, authorityId, unitId, councilMemberId, false);
        }
    }
}
