package vn.thidua.rules.domain;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One condition and its outcome. {@code met} is null when a deciding fact is missing, or for a
 * judgement only people can make. {@code verified} is false when the rule rests on a parameter
 * nobody has yet checked against the official text. The condition's phrase is made only when
 * someone asks for it, and its text written only when someone reads it: a screening of a million
 * people keeps the reasons of few answers, and numbers their phrases without writing them out.
 */
public final class Reason {

    public enum Kind {
        FACT,
        JUDGEMENT
    }

    private @Nullable Supplier<Phrase> maker;
    private @Nullable Phrase phrase;
    private @Nullable String condition;
    private final @Nullable Boolean met;
    private final String basis;
    private final Kind kind;
    private final boolean verified;

    public Reason(String condition, @Nullable Boolean met, String basis, Kind kind, boolean verified) {
        this(null, Phrase.words(condition), met, basis, kind, verified);
        this.condition = condition;
    }

    Reason(Supplier<Phrase> maker, @Nullable Boolean met, String basis, Kind kind, boolean verified) {
        this(maker, null, met, basis, kind, verified);
    }

    private Reason(
            @Nullable Supplier<Phrase> maker,
            @Nullable Phrase phrase,
            @Nullable Boolean met,
            String basis,
            Kind kind,
            boolean verified) {
        this.maker = maker;
        this.phrase = phrase;
        this.met = met;
        this.basis = basis;
        this.kind = kind;
        this.verified = verified;
    }

    /** The condition as a template and its values: equal phrases write the same words. */
    public Phrase phrase() {
        Phrase made = phrase;
        if (made == null) {
            made = Objects.requireNonNull(maker, "a reason has its phrase or what makes it")
                    .get();
            phrase = made;
            maker = null;
        }
        return made;
    }

    public String condition() {
        String words = condition;
        if (words == null) {
            words = phrase().text();
            condition = words;
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
