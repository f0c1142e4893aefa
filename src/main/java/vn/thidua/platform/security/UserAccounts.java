package vn.thidua.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;

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
    private final AuditLog audit;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, SecurityMode mode, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.mode = mode;
        this.clock = clock;
        this.audit = audit;
    }

    /** What sign-in needs to know of an account, read by its username (any case). */
    record Credential(
            CurrentUser user,
            String passwordHash,
            boolean enabled,
            boolean service,
            Instant lockedUntil,
            boolean mustChangePassword,
            boolean totpEnrolled,
            Long scopeAuthorityId) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    @Transactional(readOnly = true)
    Optional<Credential> credential(String username) {
        return credential("lower(username) = lower(:key)", username);
    }

    @Transactional(readOnly = true)
    Optional<Credential> credential(long id) {
        return credential("id = :key", id);
    }

    private Optional<Credential> credential(String where, Object key) {
        return jdbc.sql(SELECT_CREDENTIAL + " WHERE " + where)
                .param("key", key)
                .query(UserAccounts::credential)
                .optional();
    }

    /**
     * The account as it is now, for work done later on its behalf (a job it started): empty when it
     * was disabled meanwhile, so that work stops with the person's rights.
     */
    public Optional<CurrentUser> enabledAccount(long id) {
        return credential(id).filter(Credential::enabled).map(Credential::user);
    }

    /**
     * The enabled, unlocked person with this username, or else with this e-mail when the provider
     * vouches that the address was verified, for single sign-on (a provider never grants a role).
     */
    @Transactional(readOnly = true)
    Optional<Credential> personForSingleSignOn(String username, String verifiedEmail) {
        return jdbc.sql(SELECT_CREDENTIAL + " " + """
                 WHERE kind = 'PERSON' AND enabled AND (locked_until IS NULL OR locked_until <= :now)
                   AND (lower(username) = lower(:username) OR (:email <> '' AND lower(email) = lower(:email)))
                 ORDER BY lower(username) = lower(:username) DESC LIMIT 1""")
                .param("username", username == null ? "" : username)
                .param("email", verifiedEmail == null ? "" : verifiedEmail)
                .param("now", Timestamp.from(clock.instant()))
                .query(UserAccounts::credential)
                .optional();
    }

    private static final String SELECT_CREDENTIAL = """
            SELECT id, username, full_name, role, authority_id, unit_id, council_member_id, password_hash, enabled,
                   kind = 'SERVICE' AS service, locked_until, must_change_password, totp_secret IS NOT NULL AS totp,
                   coalesce(authority_id, (SELECT authority_id FROM unit WHERE unit.id = unit_id),
                            (SELECT authority_id FROM council_member
                                WHERE council_member.id = council_member_id)) AS scope_authority
            FROM app_user""";

    private static Credential credential(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Credential(
                user(rs),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getBoolean("service"),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("totp"),
                rs.getObject("scope_authority", Long.class));
    }

    /** An event of this account's sign-in, in the scope its board reads. */
    AuditEvent event(AuditAction action, Credential account, String detail) {
        return new AuditEvent(
                action,
                account.user().id(),
                account.user().username(),
                account.scopeAuthorityId(),
                "tài khoản " + account.user().username(),
                detail);
    }

    static CurrentUser user(ResultSet rs) throws SQLException {
        return new CurrentUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("authority_id", Long.class),
                rs.getObject("unit_id", Long.class),
                rs.getObject("council_member_id", Long.class));
    }

    /**
     * Takes one attempt (a password or a second factor's code) before it is checked: the count goes
     * up first, so that two hundred requests sent at once are not all checked against an account
     * that only allows five. Answers the attempt's number in the current run, or empty when the
     * account is locked, disabled or has already used up its attempts. Its own transaction, so that
     * the refusal that follows cannot roll it back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    OptionalInt takeAttempt(long id) {
        return jdbc.sql("""
                UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1
                WHERE id = :id AND enabled AND (locked_until IS NULL OR locked_until <= :now) AND failed_sign_ins < :max
                RETURNING failed_sign_ins""")
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .param("max", mode.settings().lockoutFailures())
                .query(Integer.class)
                .optional()
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    /** The attempt failed: the one that reached the limit locks the account and starts the count again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void attemptFailed(long id, int attempt, AuditAction what) {
        SecuritySettings settings = mode.settings();
        Credential account = credential(id).orElseThrow();
        boolean locks = attempt >= settings.lockoutFailures();
        if (locks) {
            jdbc.sql("UPDATE app_user SET locked_until = :until, failed_sign_ins = 0 WHERE id = :id")
                    .param("until", Timestamp.from(clock.instant().plus(settings.lockoutDuration())))
                    .param("id", id)
                    .update();
        }
        // the audit rows last: the append lock is never held while waiting for a row
        audit.record(event(what, account, "lần sai thứ " + attempt + " liên tiếp"));
        if (locks) {
            audit.record(event(
                    AuditAction.ACCOUNT_LOCKED,
                    account,
                    attempt + " lần sai liên tiếp; khóa "
                            + settings.lockoutDuration().toMinutes() + " phút"));
        }
    }

    /** Gives back an attempt taken for a password that was right, when a second factor is still to come. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void releaseAttempt(long id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = greatest(failed_sign_ins - 1, 0) WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** Every factor asked of the person was given: the count of failures starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(long id) {
        jdbc.sql(
                        "UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id AND (failed_sign_ins > 0 OR locked_until IS NOT NULL)")
                .param("id", id)
                .update();
    }

    /** Lifts a lock before its time (an administrator or the account's board decides who may). */
    @Transactional
    public void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    /** Creates an account with a password chosen by someone else (demo data, the first administrator). */
    @Transactional
    public long create(NewUser user) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, role, authority_id, unit_id,
                    council_member_id,
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
                .query(Long.class)
                .single();
    }

    /** Sets the password a person chose (the policy was checked by the caller); any lock is lifted. */
    @Transactional
    public void setPassword(long id, String password) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, must_change_password = false, password_changed_at = now(),
                       failed_sign_ins = 0, locked_until = NULL, version = version + 1
                WHERE id = :id AND kind = 'PERSON'""")
                .param("hash", passwordEncoder.encode(password))
                .param("id", id)
                .update();
    }

    /**
     * Forgets the password (a reset): until the person sets a new one through its link, nobody signs in with the old.
     */
    @Transactional
    public void clearPassword(long id) {
        jdbc.sql("UPDATE app_user SET password_hash = NULL, version = version + 1 WHERE id = :id AND kind = 'PERSON'")
                .param("id", id)
                .update();
    }

    /** Whether the account may go on signing in (enabled, not locked), asked again at each step of the way in. */
    @Transactional(readOnly = true)
    public boolean mayContinue(long id) {
        return credential(id)
                .map(c -> c.enabled() && !c.lockedAt(clock.instant()))
                .orElse(false);
    }

    public boolean passwordMatches(long id, String password) {
        String hash = credential(id).map(Credential::passwordHash).orElse(null);
        return hash != null && password != null && passwordEncoder.matches(password, hash);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)")
                .query(Boolean.class)
                .single();
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

    public record NewUser(
            String username,
            String password,
            String fullName,
            Role role,
            Long authorityId,
            Long unitId,
            Long councilMemberId,
            boolean mustChangePassword) {

        public NewUser(
                String username,
                String password,
                String fullName,
                Role role,
                Long authorityId,
                Long unitId,
                Long councilMemberId) {
            this(username, password, fullName, role, authorityId, unitId, councilMemberId, false);
        }
    }
}
