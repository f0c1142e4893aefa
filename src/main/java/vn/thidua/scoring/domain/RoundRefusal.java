package vn.thidua.scoring.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A step of the scoring round refused by its rules: the actor may not take it ({@link Kind#FORBIDDEN})
 * or the round's present state does not allow it ({@link Kind#WRONG_STATE}). The code is the key of
 * its message; the arguments fill it in.
 */
public final class RoundRefusal extends RuntimeException {

    public enum Kind {
        FORBIDDEN,
        WRONG_STATE
    }

    /** One reason: the key of its message and the message's arguments. */
    public record Reason(String code, List<Object> args) {
        public Reason {
            args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
        }

        static Reason of(String code, Object... args) {
            return new Reason(code, Arrays.asList(args));
        }
    }

    private final Kind kind;
    private final transient List<Reason> reasons;

    RoundRefusal(Kind kind, List<Reason> reasons) {
        super(reasons.get(0).code(), null, false, false);
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
    }

    static RoundRefusal forbidden(String code, Object... args) {
        return new RoundRefusal(Kind.FORBIDDEN, List.of(Reason.of(code, args)));
    }

    static RoundRefusal wrongState(String code, Object... args) {
        return new RoundRefusal(Kind.WRONG_STATE, List.of(Reason.of(code, args)));
    }

    public Kind kind() {
        return kind;
    }

    /** The first reason's code: the one a calling system acts on. */
    public String code() {
        return reasons.get(0).code();
    }

    /**
     * Every reason, when a step waits on several things at once (a lock before the window ends, with objections open).
     */
    public List<Reason> reasons() {
        return reasons;
    }
}
