package vn.thidua.platform.validation;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every problem detail of the API: RFC 9457 with a Vietnamese {@code title} and {@code detail} for
 * people and a stable {@code code} for systems (the key of the message in messages.properties, e.g.
 * {@code proposal.step.wrongState}), so that no caller has to match Vietnamese text.
 */
public final class Problems {

    /** The problem of invalid input: {@code errors} lists each field with its own code. */
    public static final URI INVALID_INPUT = URI.create("urn:thidua:problem:invalid-input");

    /** The code of a problem whose input was invalid; each of its {@code errors} has its own code. */
    public static final String INVALID_INPUT_CODE = "problem.invalidInput";

    private Problems() {}

    public static ProblemDetail of(Messages messages, HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.get("problem.title." + status.value()));
        problem.setProperty("code", code);
        return problem;
    }

    /** A problem worded by its own message key, which is its code. */
    public static ProblemDetail of(Messages messages, HttpStatus status, String code) {
        return of(messages, status, code, messages.get(code));
    }
}
