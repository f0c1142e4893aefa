package vn.thidua.rules.domain;

import java.util.function.Supplier;

/**
 * One condition and its outcome. {@code met} is null when a deciding fact is missing, or for a
 * judgement only people can make. {@code verified} is false when the rule rests on a parameter
 * nobody has yet checked against the official text. The condition's text is written only when
 * someone reads it: a screening of a million people reads few of them.
 */
public final class Reason {

    public enum Kind {
        FACT,
        JUDGEMENT
    }

    private Supplier<String> text;
    private String condition;
    private final Boolean met;
    private final String basis;
    private final Kind kind;
    private final boolean verified;

    public Reason(String condition, Boolean met, String basis, Kind kind, boolean verified) {
        this.condition = condition;
        this.met = met;
        this.basis = basis;
        this.kind = kind;
        this.verified = verified;
    }

    Reason(Supplier<String> text, Boolean met, String basis, Kind kind, boolean verified) {
        this((String) null, met, basis, kind, verified);
        this.text = text;
    }

    public String condition() {
        if (condition == null && text != null) {
            condition = text.get();
            text = null;
        }
        return condition;
    }

    public Boolean met() {
        return met;
    }

    public String basis() {
        return basis;
    }

    public Kind kind() {
        return kind;
    }

    public boolean verified() {
        return verified;
    }

    @Override
    public String toString() {
        return "Reason[" + condition() + ", met=" + met + ", " + basis + ", " + kind + ", verified=" + verified + "]";
    }
}
