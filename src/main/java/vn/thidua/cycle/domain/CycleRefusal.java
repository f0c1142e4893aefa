package vn.thidua.cycle.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A step of a bloc year's cycle refused by its rules: the actor may not take it, or the record's
 * state (not launched, already signed) does not allow it. The code is the key of its message.
 */
public final class CycleRefusal extends RuntimeException {

    public enum Kind {
        FORBIDDEN,
        WRONG_STATE
    }

    private final Kind kind;
    private final String code;
    private final transient List<Object> args;

    private CycleRefusal(Kind kind, String code, Object... args) {
        super(code, null, false, false);
        this.kind = kind;
        this.code = code;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    static CycleRefusal forbidden(String code, Object... args) {
        return new CycleRefusal(Kind.FORBIDDEN, code, args);
    }

    static CycleRefusal wrongState(String code, Object... args) {
        return new CycleRefusal(Kind.WRONG_STATE, code, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
