package vn.thidua.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code calendar_feed} (V22): the SHA-256 of each person's feed link, its making and its revocation. */
@Repository
public class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Revokes the person's live link; whether there was one. */
    public boolean revoke(long userId, Instant at) {
        return jdbc.sql("UPDATE calendar_feed SET revoked_at = :at WHERE user_id = :u AND revoked_at IS NULL")
                        .param("at", Timestamp.from(at))
                        .param("u", userId)
                        .update()
                > 0;
    }

    public void insert(long userId, byte[] sha256, Instant at) {
        jdbc.sql("INSERT INTO calendar_feed (user_id, token_sha256, created_at) VALUES (:u, :h, :at)")
                .param("u", userId)
                .param("h", sha256)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** When the person's live link was made. */
    public Optional<Instant> live(long userId) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE user_id = :u AND revoked_at IS NULL")
                .param("u", userId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** The owner of the live link with this hash. */
    public Optional<Long> owner(byte[] sha256) {
        return jdbc.sql("SELECT user_id FROM calendar_feed WHERE token_sha256 = :h AND revoked_at IS NULL")
                .param("h", sha256)
                .query(Long.class)
                .optional();
    }
}
