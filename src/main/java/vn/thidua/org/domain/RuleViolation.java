package vn.thidua.org.domain;

import java.util.List;

/** A broken registry rule: the field it concerns, the message code, and the message's arguments. */
public record RuleViolation(String field, String code, List<Object> args) {

    public RuleViolation {
        args = List.copyOf(args);
    }

    static RuleViolation of(String field, String code, Object... args) {
        return new RuleViolation(field, code, List.of(args));
    }
}
