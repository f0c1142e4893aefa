package vn.thidua.proposals.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A step the aggregate refuses, by kind, with the key of its message and the message's arguments
 * (enum arguments are named by their own message key). The application turns the kind into its
 * answer: not yours 403, wrong state 409, missing 404, a broken rule of the input 400.
 */
public final class StepRefused extends RuntimeException {

    public enum Kind {
        NOT_YOURS,
        WRONG_STATE,
        MISSING,
        INVALID
    }

    private final Kind kind;
    private final @Nullable String field;
    private final String code;
    private final transient List<Object> args;

    StepRefused(Kind kind, @Nullable String field, String code, Object... args) {
        super(kind + " " + code);
        this.kind = kind;
        this.field = field;
        this.code = code;
        // an argument may be absent (a candidate with no reason yet): List.of would refuse it
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    static StepRefused notYours(Object step) {
        return new StepRefused(Kind.NOT_YOURS, null, "proposal.step.notYours", step);
    }

    /** A write on the proposal by someone who holds no role that may make it. */
    static StepRefused notYours() {
        return new StepRefused(Kind.NOT_YOURS, null, "proposal.notYours");
    }

    static StepRefused wrongState(String code, Object... args) {
        return new StepRefused(Kind.WRONG_STATE, "status", code, args);
    }

    static StepRefused missing(String code, Object... args) {
        return new StepRefused(Kind.MISSING, null, code, args);
    }

    static StepRefused invalid(String field, String code, Object... args) {
        return new StepRefused(Kind.INVALID, field, code, args);
    }

    public Kind kind() {
        return kind;
    }

    /** The field a refusal of the input is shown beside. */
    public @Nullable String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
