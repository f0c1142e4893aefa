package vn.thidua.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens of service accounts. A token is 256 random bits, shown once; the database keeps its
 * SHA-256, which is enough against a stolen table for a secret that cannot be guessed, and costs a
 * hash and one indexed read per call where bcrypt would cost tens of milliseconds.
 */
@Service
public class ServiceTokens {

    static final String PREFIX = "tdkt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token of this service account; the only time it is seen in clear. */
    @Transactional
    public String issue(long serviceAccountId, long issuedBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                INSERT INTO service_token (user_id, token_sha256, token_hint, created_at, created_by)
                VALUES (:user, :hash, :hint, :now, :by)""")
                .param("user", serviceAccountId)
                .param("hash", sha256(token))
                .param("hint", token.substring(0, 9))
                .param("now", Timestamp.from(clock.instant()))
                .param("by", issuedBy)
                .update();
        return token;
    }

    /** Revokes every token of the account; answers how many were still valid. */
    @Transactional
    public int revokeAll(long serviceAccountId) {
        return jdbc.sql("UPDATE service_token SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("user", serviceAccountId)
                .update();
    }

    /** The enabled service account holding this unrevoked token. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT u.id, u.username, u.full_name, u.role, u.authority_id, u.unit_id, u.council_member_id
                FROM service_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_sha256 = :hash AND t.revoked_at IS NULL AND u.enabled AND u.kind = 'SERVICE'""")
                .param("hash", sha256(token))
                .query((rs, n) -> UserAccounts.user(rs))
                .optional();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
