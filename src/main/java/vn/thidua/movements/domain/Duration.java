package vn.thidua.movements.domain;

import java.time.LocalDate;

/**
 * How long a movement runs, as the rows 06–10 of form 0601.N/BNV-TĐKT count it: under a year, one year, from one to
 * under three, from three to under five, five years or more. "One year" is a period of exactly twelve months (1
 * January to 31 December, or any date to the day before it a year later); a longer one falls in the next band.
 */
public enum Duration {
    UNDER_ONE_YEAR,
    ONE_YEAR,
    ONE_TO_THREE,
    THREE_TO_FIVE,
    FIVE_OR_MORE;

    public static Duration of(LocalDate from, LocalDate to) {
        LocalDate end = to.plusDays(1);
        LocalDate oneYear = from.plusYears(1);
        if (end.isBefore(oneYear)) {
            return UNDER_ONE_YEAR;
        }
        if (end.isEqual(oneYear)) {
            return ONE_YEAR;
        }
        if (end.isBefore(from.plusYears(3))) {
            return ONE_TO_THREE;
        }
        if (end.isBefore(from.plusYears(5))) {
            return THREE_TO_FIVE;
        }
        return FIVE_OR_MORE;
    }
}
