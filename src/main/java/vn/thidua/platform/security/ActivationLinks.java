package vn.thidua.platform.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Violation;

/**
 * One-time links through which a person sets its own password: at activation and at each reset.
 * A new link cancels the older ones; the database keeps only the token's SHA-256; a used or
 * expired link says so and changes nothing.
 */
@Service
public class ActivationLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityMode mode;
    private final PasswordPolicy policy;
    private final UserAccounts accounts;
    private final UserSessions sessions;
    private final Checks checks;
    private final AuditLog audit;

    ActivationLinks(
            JdbcClient jdbc,
            Clock clock,
            SecurityMode mode,
            PasswordPolicy policy,
            UserAccounts accounts,
            UserSessions sessions,
            Checks checks,
            AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.mode = mode;
        this.policy = policy;
        this.accounts = accounts;
        this.sessions = sessions;
        this.checks = checks;
    }

    /** The link as shown to the one who asked for it and mailed to the person; the token is seen only here. */
    public record IssuedLink(String url, Instant expiresAt) {}

    /** Whom an unused, unexpired link is for. */
    public record LinkHolder(long userId, String username, String fullName) {}

    @Transactional
    public IssuedLink issue(long userId, long issuedBy) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE account_link SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .update();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(mode.settings().activationValidity());
        jdbc.sql("""
                INSERT INTO account_link (user_id, token_sha256, created_at, expires_at, created_by)
                VALUES (:user, :hash, :now, :expires, :by)""")
                .param("user", userId)
                .param("hash", ServiceTokens.sha256(token))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .param("by", issuedBy)
                .update();
        return new IssuedLink(mode.publicBaseUrl() + "/activate/" + token, expires);
    }

    /** Cancels the account's unused links (it is disabled: re-enabling it must not bring them back). */
    @Transactional
    public void cancel(long userId) {
        jdbc.sql("UPDATE account_link SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", userId)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<LinkHolder> holder(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.id, u.username, u.full_name FROM account_link l JOIN app_user u ON u.id = l.user_id
                WHERE l.token_sha256 = :hash AND l.used_at IS NULL AND l.expires_at > :now AND u.enabled
                  AND u.kind = 'PERSON'""")
                .param("hash", ServiceTokens.sha256(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new LinkHolder(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * Sets the person's password through the link and uses the link up; every session the account
     * had is ended (a reset is often asked because someone else knew the old password).
     */
    @Transactional
    public LinkHolder setPassword(String token, String password, String confirmation) {
        LinkHolder holder = holder(token)
                .orElseThrow(() -> new InvalidInputException(List.of(new Violation(
                        null,
                        checks.none()
                                .reject(null, "activation.invalid")
                                .violations()
                                .get(0)
                                .message()))));
        Checks.Collector check = checks.none();
        policy.problems(holder.username(), password)
                .forEach(code -> check.reject("password", code, PasswordPolicy.MIN_LENGTH));
        if (!check.hasErrorOn("password") && !password.equals(confirmation)) {
            check.reject("confirmation", "password.confirmation");
        }
        check.throwIfInvalid();
        int used = jdbc.sql("UPDATE account_link SET used_at = :now WHERE token_sha256 = :hash AND used_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", ServiceTokens.sha256(token))
                .update();
        if (used != 1) {
            // the same link submitted twice at once: the second finds it used
            check.reject(null, "activation.invalid").throwIfInvalid();
        }
        accounts.setPassword(holder.userId(), password);
        sessions.endAll(holder.username());
        accounts.credential(holder.userId())
                .ifPresent(account -> audit.record(
                        accounts.event(AuditAction.ACCOUNT_ACTIVATED, account, "mật khẩu đặt qua liên kết")));
        return holder;
    }
}
