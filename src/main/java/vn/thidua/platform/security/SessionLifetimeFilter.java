package vn.thidua.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than the absolute limit (12 h by default), however active:
 * a session left open on a shared office computer does not last for days. The idle limit is the
 * session's own timeout. Measured on the system clock, as the session's own times are (the
 * application's clock may be set apart, in tests of deadlines).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final SecurityMode mode;

    SessionLifetimeFilter(SecurityMode mode) {
        this.mode = mode;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && System.currentTimeMillis() - session.getCreationTime()
                        > mode.settings().sessionAbsolute().toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
