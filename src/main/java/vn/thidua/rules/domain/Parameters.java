package vn.thidua.rules.domain;

import java.time.LocalDate;

/** The parameters in force for one question: one date, one authority's regulation on top of the national values. */
public interface Parameters {

    /** The value in force, or null when the table has none for that date. */
    Parameter get(ParameterKey key);

    Regime regime();

    /** The law and decree in force on another day: the regime under which an earlier title was decided. */
    Regime regimeOn(LocalDate date);

    /** The value as a whole number, or null when there is no value. */
    Integer count(ParameterKey key);

    /** The value as a share (0.15 for 15%), or null when there is no value. */
    Double share(ParameterKey key);

    /** The parameter's legal basis as cited in answers, or null when there is no value. */
    String citation(ParameterKey key);
}
