package vn.thidua.platform.web;

import java.net.URI;
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
import vn.thidua.platform.validation.InvalidInputException;
import vn.thidua.platform.validation.Messages;
import vn.thidua.platform.validation.NotFoundException;
import vn.thidua.platform.validation.Violation;

/**
 * Errors of the JSON API as RFC 9457 problem details: a Vietnamese {@code detail} and, for invalid
 * input, an {@code errors} list naming each offending field (the same messages the UI shows).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final URI INVALID_INPUT = URI.create("urn:thidua:problem:invalid-input");

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
            return problem(HttpStatus.BAD_REQUEST, messages.get("problem.unreadable"));
        }
        return invalid(List.of(new Violation(field, messages.get("problem.wrongType", field))));
    }

    /** "subject.records[0].year" from Jackson's path, or null. */
    static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException jackson
                    && !jackson.getPath().isEmpty()) {
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
        return invalid(List.of(new Violation(e.getName(), messages.get("problem.typeMismatch"))));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        if (e instanceof vn.thidua.platform.validation.Refused refused) {
            ProblemDetail problem = problem(HttpStatus.FORBIDDEN, refused.getMessage());
            problem.setProperty("code", refused.code());
            return problem;
        }
        return problem(HttpStatus.FORBIDDEN, messages.get("problem.forbidden"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, messages.get("problem.conflict"));
    }

    /** A step the record's state no longer allows (cancelling a job that has ended): 409 with its code. */
    @ExceptionHandler(vn.thidua.platform.validation.Conflict.class)
    ProblemDetail stateConflict(vn.thidua.platform.validation.Conflict e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (vn.thidua.platform.db.DatabaseOutage.causes(e)) {
            log.warn("Database unreachable in the API: {}", e.toString());
            ProblemDetail outage = problem(HttpStatus.SERVICE_UNAVAILABLE, messages.get("problem.databaseUnavailable"));
            outage.setProperty("code", "DATABASE_UNAVAILABLE");
            return outage;
        }
        if (e instanceof ErrorResponse framework) {
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            return problem(status, detailOf(status));
        }
        log.error("Unexpected error in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("problem.unexpected"));
    }

    private ProblemDetail invalid(List<Violation> violations) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                String.join("; ", violations.stream().map(Violation::message).toList()));
        problem.setType(INVALID_INPUT);
        problem.setProperty(
                "errors", violations.stream().map(ApiProblems::error).toList());
        return problem;
    }

    private static Map<String, String> error(Violation v) {
        Map<String, String> error = new java.util.LinkedHashMap<>();
        error.put("field", v.field() == null ? "" : v.field());
        error.put("message", v.message());
        if (v.code() != null) {
            error.put("code", v.code());
        }
        return error;
    }

    /** The Vietnamese detail of an error the framework raised before any of our code ran. */
    String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> messages.get("problem.notFoundPath");
            case METHOD_NOT_ALLOWED -> messages.get("problem.methodNotAllowed");
            case UNSUPPORTED_MEDIA_TYPE -> messages.get("problem.unsupportedMediaType");
            default -> messages.get("problem.badRequest");
        };
    }

    ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.get("problem.title." + status.value()));
        return problem;
    }
}
