package vn.thidua.rules;

import java.time.Clock;
import java.time.Year;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.rules.domain.YearBounds;

/** The years a question may name: from the configured first year to next year; histories from 1945. */
@Component
public class QuestionYears {

    static final int FIRST_HISTORY_YEAR = 1945;

    private final Clock clock;
    private final int firstYear;

    QuestionYears(Clock clock, @Value("${thidua.registry.min-year}") int firstYear) {
        this.clock = clock;
        this.firstYear = firstYear;
    }

    /** The year a page asks about: the one given when it is within the bounds, else last year. */
    public int asked(Integer year) {
        int lastYear = Year.now(clock).getValue() - 1;
        return year != null && bounds().contains(year) ? year : lastYear;
    }

    public YearBounds bounds() {
        return new YearBounds(firstYear, Year.now(clock).getValue() + 1, FIRST_HISTORY_YEAR);
    }
}
