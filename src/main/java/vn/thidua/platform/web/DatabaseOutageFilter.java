package vn.thidua.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.platform.db.DatabaseOutage;
import vn.thidua.platform.validation.Messages;

/**
 * Outermost filter: a request that fails because the database cannot be reached (in the session
 * store, the sign-in, a page or the API) is answered 503 with a Vietnamese message and a
 * Retry-After, never a wrong-password message or a stack trace. The page is plain HTML: the
 * layout's menu would need the database that is missing.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final Messages messages;

    DatabaseOutageFilter(Messages messages) {
        this.messages = messages;
    }

    @Bean
    static FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilterRegistration(DatabaseOutageFilter filter) {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(filter);
        // before Spring Session (MIN_VALUE + 50) and the security chains, which read the database first
        registration.setOrder(Integer.MIN_VALUE + 10);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unreachable while serving {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            answer(request, response, messages);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, Messages messages) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = messages.get("problem.title.503");
        String detail = messages.get("problem.databaseUnavailable");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":503," + "\"detail\":\""
                            + detail + "\",\"code\":\"DATABASE_UNAVAILABLE\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("""
                    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                    <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#212529}
                    h1{font-size:1.5rem}</style></head><body><h1>%s</h1><p>%s</p>
                    <p><a href="%s">Thử lại</a></p></body></html>
                    """.formatted(title, title, detail, request.getContextPath() + "/"));
        }
        response.flushBuffer();
    }
}
