package vn.thidua.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import vn.thidua.platform.db.DatabaseOutage;
import vn.thidua.platform.validation.Conflict;
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Problems;
import vn.thidua.platform.validation.Refused;
import vn.thidua.platform.validation.Violation;

/**
 * Errors of the JSON API as RFC 9457 problem details: a Vietnamese {@code detail} and, for invalid
 * input, an {@code errors} list naming each offending field (the same messages the UI shows).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Messages messages;

    ApiProblems(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.violations());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Violation(f.getField(), f.getDefaultMessage()))
                .toList());
    }

    /** Malformed JSON, or a value of the wrong type: the field is named when Jackson knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = fieldOf(e);
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "problem.unreadable", messages.get("problem.unreadable"));
        }
        return invalid(List.of(new Violation(field, messages.get("problem.wrongType", field), "problem.wrongType")));
    }

    /** "subject.records[0].year" from Jackson's path, or null. */
    static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (var reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        field.append(field.length() == 0 ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return field.length() == 0 ? null : field.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(
                List.of(new Violation(e.getName(), messages.get("problem.typeMismatch"), "problem.typeMismatch")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.code(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        if (e instanceof Refused refused) {
            return problem(HttpStatus.FORBIDDEN, refused.code(), refused.getMessage());
        }
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden", messages.get("problem.forbidden"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "problem.conflict", messages.get("problem.conflict"));
    }

    /** A step the record's state no longer allows (cancelling a job that has ended): 409 with its code. */
    @ExceptionHandler(Conflict.class)
    ProblemDetail stateConflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (DatabaseOutage.causes(e)) {
            log.warn("Database unreachable in the API: {}", e.toString());
            // the code of the outage predates the message keys; systems already act on it
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "DATABASE_UNAVAILABLE",
                    messages.get("problem.databaseUnavailable"));
        }
        if (e instanceof ErrorResponse framework) {
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            String code = codeOf(status);
            return problem(status, code, messages.get(code));
        }
        log.error("Unexpected error in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", messages.get("problem.unexpected"));
    }

    private ProblemDetail invalid(List<Violation> violations) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                Problems.INVALID_INPUT_CODE,
                String.join("; ", violations.stream().map(Violation::message).toList()));
        problem.setType(Problems.INVALID_INPUT);
        problem.setProperty(
                "errors", violations.stream().map(ApiProblems::error).toList());
        return problem;
    }

    private static Map<String, String> error(Violation v) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", v.field() == null ? "" : v.field());
        error.put("message", v.message());
        if (v.code() != null) {
            error.put("code", v.code());
        }
        return error;
    }

    /** The code (and message key) of an error the framework raised before any of our code ran. */
    static String codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "problem.notFoundPath";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupportedMediaType";
            default -> "problem.badRequest";
        };
    }

    ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.of(messages, status, code, detail);
    }
}
