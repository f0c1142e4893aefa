package vn.thidua.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.db.DatabaseOutage;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.Problems;

/** 401 and 403 of the API as RFC 9457 problem details, in Vietnamese. */
@Component
record ProblemAuthenticationHandlers(Messages messages, JsonMapper json)
        implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.causes(e)) {
            // the password could not be checked: not a wrong password
            response.setHeader("Retry-After", "30");
            write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "DATABASE_UNAVAILABLE",
                    "problem.databaseUnavailable");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", "problem.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", "problem.forbidden");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String key)
            throws IOException {
        ProblemDetail problem = Problems.of(messages, status, code, messages.get(key));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
