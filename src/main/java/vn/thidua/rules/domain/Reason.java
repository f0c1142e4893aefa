package vn.thidua.rules.domain;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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

    private @Nullable Supplier<String> text;
    private @Nullable String condition;
    private final @Nullable Boolean met;
    private final String basis;
    private final Kind kind;
    private final boolean verified;

    public Reason(String condition, @Nullable Boolean met, String basis, Kind kind, boolean verified) {
        this(null, condition, met, basis, kind, verified);
    }

    Reason(Supplier<String> text, @Nullable Boolean met, String basis, Kind kind, boolean verified) {
        this(text, null, met, basis, kind, verified);
    }

    /** Either the words or what writes them, the first time someone reads them. */
    private Reason(
            @Nullable Supplier<String> text,
            @Nullable String condition,
            @Nullable Boolean met,
            String basis,
            Kind kind,
            boolean verified) {
        this.text = text;
        this.condition = condition;
        this.met = met;
        this.basis = basis;
        this.kind = kind;
        this.verified = verified;
    }

    public String condition() {
        String words = condition;
        if (words == null) {
            Supplier<String> writer = java.util.Objects.requireNonNull(text, "a reason has words or their writer");
            words = writer.get();
            condition = words;
            text = null;
        }
        return words;
    }

    public @Nullable Boolean met() {
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
