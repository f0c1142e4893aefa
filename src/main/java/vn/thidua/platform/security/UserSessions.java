package vn.thidua.platform.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * The sessions a person holds, on every instance (they live in PostgreSQL): listed on its own page,
 * and ended when it asks, when its password is reset, or when its account is disabled or changes
 * role or scope (a session keeps the role it was opened with).
 */
@Service
public class UserSessions {

    /** No repository without a web server (the audit-verify command): there are no sessions to end then. */
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions.getIfAvailable();
    }

    public record SessionView(String id, Instant createdAt, Instant lastAccessedAt, boolean current) {}

    public List<SessionView> of(String username, String currentSessionId) {
        if (sessions == null) {
            return List.of();
        }
        return sessions.findByPrincipalName(username).values().stream()
                .map(s -> new SessionView(
                        s.getId(),
                        s.getCreationTime(),
                        s.getLastAccessedTime(),
                        s.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionView::lastAccessedAt).reversed())
                .toList();
    }

    /** Ends every session of the person except the one given (may be null); answers how many ended. */
    public int endOthers(String username, String keepSessionId) {
        int ended = 0;
        if (sessions == null) {
            return ended;
        }
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    public int endAll(String username) {
        return endOthers(username, null);
    }
}
