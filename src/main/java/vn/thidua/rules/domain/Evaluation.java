package vn.thidua.rules.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Collects the conditions of one question, each tied to the parameter that cites its source. */
final class Evaluation {

    private final Parameters parameters;
    private final LocalDate consideredOn;
    private final @Nullable List<Reason> reasons;
    private boolean failed;
    private boolean uncertain;

    /** reasons == false: only the verdict is wanted (a screening keeps the reasons of few answers). */
    Evaluation(Parameters parameters, LocalDate consideredOn, boolean reasons) {
        this.parameters = parameters;
        this.consideredOn = consideredOn;
        // room for the conditions of the longest rules, so that the list is not copied as it grows (a screening
        // of a million people makes some two million of them)
        this.reasons = reasons ? new ArrayList<>(16) : null;
    }

    Parameter parameter(ParameterKey key) {
        return parameters.get(key);
    }

    /** A condition decided by facts; met == null when the deciding fact is missing. */
    void fact(String condition, @Nullable Boolean met, ParameterKey source) {
        fact(() -> Phrase.words(condition), met, source);
    }

    /** The same, with the condition's phrase made only if someone asks for it. */
    void fact(Supplier<Phrase> condition, @Nullable Boolean met, ParameterKey source) {
        Parameter p = parameters.get(source);
        boolean verified = p != null && p.verified();
        Boolean outcome = p == null ? null : met;
        if (Boolean.FALSE.equals(outcome) && verified) {
            failed = true;
        } else if (outcome == null || !verified) {
            uncertain = true;
        }
        if (reasons == null) {
            return;
        }
        if (p == null) {
            reasons.add(new Reason(condition, null, missing(source), Reason.Kind.FACT, false));
            return;
        }
        reasons.add(new Reason(condition, met, parameters.citation(source), Reason.Kind.FACT, p.verified()));
    }

    void judgement(String condition, ParameterKey source) {
        if (reasons == null) {
            return;
        }
        Parameter p = parameters.get(source);
        reasons.add(new Reason(
                condition,
                null,
                p == null ? missing(source) : parameters.citation(source),
                Reason.Kind.JUDGEMENT,
                p != null && p.verified()));
    }

    /** The text a missing rule would come from, in words: what it rules and the day the proposal is considered. */
    private String missing(ParameterKey source) {
        return "Hệ thống chưa có văn bản quy định “" + source.label() + "” áp dụng cho đề nghị xét ngày "
                + consideredOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /**
     * The source of "the years considered follow the period of the earlier decision": NĐ 98/2023 khoản 9
     * Điều 30, now NĐ 152/2025 khoản 7 Điều 33; before them no decree said it, and the rule's own "years
     * that follow" ({@code before2024}) is cited instead.
     */
    ParameterKey windowSource(ParameterKey before2024) {
        return parameters.get(ParameterKey.NEXT_AWARD_WINDOW) != null ? ParameterKey.NEXT_AWARD_WINDOW : before2024;
    }

    /**
     * A count that must reach the parameter {@code key}: the condition is {@code template} with the number asked (in
     * {@code noun}s) and the number found, {@code have}; unknown while the parameter has no value for the day.
     */
    void atLeast(ParameterKey key, String template, String noun, int have, ParameterKey source) {
        Integer needed = count(key);
        fact(
                () -> Phrase.of(template, Words.count(needed, noun), have),
                needed == null ? null : have >= needed,
                source);
    }

    /** The number a condition needs, or null (the condition then cannot be decided). */
    Integer count(ParameterKey key) {
        return parameters.count(key);
    }

    Double share(ParameterKey key) {
        return parameters.share(key);
    }

    boolean law2022() {
        return parameters.regime().law2022OrLater();
    }

    /** Whether a title of that year was decided under the 2022 Law (considered, as usual, early the next year). */
    boolean decidedUnderLaw2022(int year) {
        return parameters.regimeOn(Question.usualConsideration(year)).law2022OrLater();
    }

    /**
     * A condition that the award's own definition settles (a "Tập thể ..." title is for
     * collectives): certain whatever the verification of the article that defines it.
     */
    void definitional(Supplier<Phrase> condition, boolean met, ParameterKey source) {
        if (!met) {
            failed = true;
        }
        if (reasons != null) {
            String basis = parameters.citation(source);
            reasons.add(new Reason(condition, met, basis == null ? missing(source) : basis, Reason.Kind.FACT, true));
        }
    }

    Answer answer() {
        if (reasons == null) {
            return new Answer(verdict(), parameters.regime(), List.of());
        }
        return Answer.of(parameters.regime(), reasons);
    }

    /** The same rule as Answer.of, kept as the facts come in. */
    Verdict verdict() {
        return failed ? Verdict.NOT_ELIGIBLE : uncertain ? Verdict.NEEDS_CHECK : Verdict.ELIGIBLE;
    }
}
