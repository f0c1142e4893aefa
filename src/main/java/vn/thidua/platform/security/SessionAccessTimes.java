package vn.thidua.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store, writing a session's access time at most once per {@link #INTERVAL}. Spring Session's JDBC
 * repository writes it on every request (an UPDATE in a transaction of its own: a tenth of a page's time under
 * load, bench/README.md); the idle limit (30 min) needs it to the minute only. A request within the interval of
 * the stored time writes nothing; one after it writes the time; so does any request that writes the session row
 * anyway (sign-in, a new session id). A session then ends between {@link #INTERVAL} before and exactly at the idle
 * limit after its last request, never later. A request that changed nothing in the session is not saved at all
 * (the repository's own save would only open and commit an empty transaction).
 *
 * <p>Spring Session's filter, after saving a session at the end of a request, asks the repository for the requested
 * session once more only to learn its id (a second SELECT of the session and its attributes on every request): the
 * session just saved is answered instead, within the same request ({@link RequestScope}, outside Spring Session's
 * filter, keeps that answer from outliving the request).
 */
final class SessionAccessTimes implements FindByIndexNameSessionRepository<SessionAccessTimes.Stored>, DisposableBean {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    /** The attributes whose change makes the JDBC repository write the session row itself. */
    private static final Set<String> ROW_ATTRIBUTES = Set.of(PRINCIPAL_NAME_INDEX_NAME, "SPRING_SECURITY_CONTEXT");

    private final FindByIndexNameSessionRepository<Session> store;

    /** The session saved last in the current request, while a request runs on this thread. */
    private static final ThreadLocal<Stored @Nullable []> SAVED_IN_REQUEST = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    SessionAccessTimes(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    @Override
    public Stored createSession() {
        return new Stored(store.createSession(), true);
    }

    @Override
    public void save(Stored session) {
        if (session.changed) {
            store.save(session.session);
            session.changed = false;
        }
        Stored[] saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved[0] = session;
        }
    }

    @Override
    public @Nullable Stored findById(String id) {
        Stored[] saved = SAVED_IN_REQUEST.get();
        if (saved != null && saved[0] != null && saved[0].getId().equals(id)) {
            Stored same = saved[0];
            saved[0] = null;
            return same;
        }
        Session found = store.findById(id);
        return found == null ? null : new Stored(found, false);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Stored> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Stored> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Stored(session, false)));
        return found;
    }

    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** Marks a request's span on its thread, around Spring Session's filter (which saves the session within it). */
    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SAVED_IN_REQUEST.set(new Stored[1]);
            try {
                chain.doFilter(request, response);
            } finally {
                SAVED_IN_REQUEST.remove();
            }
        }
    }

    /** A session as read (or created), holding back an access time too close to the stored one. */
    static final class Stored implements Session {

        private final Session session;
        private boolean changed;
        private @Nullable Instant accessed;

        Stored(Session session, boolean created) {
            this.session = session;
            this.changed = created;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (changed
                    || !lastAccessedTime.isBefore(session.getLastAccessedTime().plus(INTERVAL))) {
                session.setLastAccessedTime(lastAccessedTime);
                accessed = null;
                changed = true;
            } else {
                accessed = lastAccessedTime;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return accessed != null ? accessed : session.getLastAccessedTime();
        }

        /** The row is written anyway: the time held back goes with it. */
        private void rowWritten() {
            if (accessed != null) {
                session.setLastAccessedTime(accessed);
                accessed = null;
            }
            changed = true;
        }

        @Override
        public String changeSessionId() {
            rowWritten();
            return session.changeSessionId();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            rowWritten();
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            if (attributeValue == null && !session.getAttributeNames().contains(attributeName)) {
                return; // removing what is not there changes nothing
            }
            if (ROW_ATTRIBUTES.contains(attributeName)) {
                rowWritten();
            }
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            setAttribute(attributeName, null);
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
