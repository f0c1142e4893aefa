package vn.thidua.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /api/v1 refuses a request a browser sent from another site (its Origin names another origin than
 * the configured public address): a page elsewhere cannot drive the API with a visitor's credentials.
 * Other systems send no Origin and are not concerned.
 */
class ForeignOriginFilter extends OncePerRequestFilter {

    private final SecurityMode mode;
    private final AccessDeniedHandler denied;

    ForeignOriginFilter(SecurityMode mode, AccessDeniedHandler denied) {
        this.mode = mode;
        this.denied = denied;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(mode.publicOrigin())) {
            denied.handle(request, response, new AccessDeniedException("foreign origin " + origin));
            return;
        }
        chain.doFilter(request, response);
    }
}
