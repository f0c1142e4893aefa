package vn.thidua.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.Accounts;
import vn.thidua.support.Api;
import vn.thidua.support.ApplicationTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.QueryCounter;
import vn.thidua.support.WebSession;

/**
 * A session's access time reaches PostgreSQL at most once a minute: a request within the minute writes nothing to
 * the session's row, the first one after it writes the time, and the idle limit (30 minutes) still ends the session.
 */
@IntegrationTest
class SessionAccessTimesIntegrationTest extends ApplicationTestBase {

    @Autowired
    JdbcClient jdbc;

    private static int serial;

    private WebSession signedIn(String username) {
        Accounts.createActivated(port, Api.as(port, "admin"), username, "ADMIN");
        return WebSession.loggedIn(port, username, Accounts.PASSWORD);
    }

    private long lastAccess(String username) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    /** Moves the stored times back, as if the last write had been that long ago. */
    private void storedAgo(String username, long millis) {
        jdbc.sql("""
                UPDATE spring_session SET last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms
                WHERE principal_name = :u""").param("ms", millis).param("u", username).update();
    }

    private List<String> sessionWrites(WebSession session, String path) {
        String key = "session-times-" + (++serial);
        assertThat(session.get(path, QueryCounter.HEADER, key).status()).isEqualTo(200);
        return QueryCounter.statements(key).stream()
                .filter(sql -> sql.toUpperCase(Locale.ROOT).matches("^(UPDATE|INSERT|DELETE).*SPRING_SESSION.*"))
                .toList();
    }

    @Test
    void aRequestWithinAMinuteOfTheStoredAccessTimeWritesNothingToTheSession() {
        String username = "phien.mot" + Long.toString(System.nanoTime(), 36);
        WebSession session = signedIn(username);
        assertThat(session.get("/blocs").status()).isEqualTo(200);
        long stored = lastAccess(username);

        assertThat(sessionWrites(session, "/blocs")).isEmpty();
        assertThat(sessionWrites(session, "/units")).isEmpty();
        assertThat(lastAccess(username)).isEqualTo(stored);
    }

    @Test
    void theFirstRequestAMinuteAfterTheStoredTimeWritesTheNewTime() {
        String username = "phien.hai" + Long.toString(System.nanoTime(), 36);
        WebSession session = signedIn(username);
        assertThat(session.get("/blocs").status()).isEqualTo(200);
        storedAgo(username, 61_000);
        long before = lastAccess(username);

        assertThat(sessionWrites(session, "/blocs")).hasSize(1);
        long written = lastAccess(username);
        assertThat(written).isGreaterThanOrEqualTo(before + 61_000);
        long expiry = jdbc.sql("SELECT expiry_time FROM spring_session WHERE principal_name = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        assertThat(expiry).isEqualTo(written + 30L * 60 * 1000);
        // and within the minute after it, nothing again
        assertThat(sessionWrites(session, "/blocs")).isEmpty();
    }

    @Test
    void theIdleLimitStillEndsASessionWhoseLastRequestsWereNotWritten() {
        String username = "phien.ba" + Long.toString(System.nanoTime(), 36);
        WebSession session = signedIn(username);
        assertThat(session.get("/blocs").status()).isEqualTo(200);
        assertThat(sessionWrites(session, "/blocs")).isEmpty();
        // 29 minutes idle since the stored time: still open (and the time now written)
        storedAgo(username, 29L * 60 * 1000);
        assertThat(sessionWrites(session, "/blocs")).hasSize(1);
        // 30 minutes and a second idle since then: ended
        storedAgo(username, 30L * 60 * 1000 + 1000);
        WebSession.Page after = session.get("/blocs");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
    }
}
