package vn.thidua.org.domain;

/** The years a bloc year may have: from a configured first year to next year (elected at this year's conference). */
public record YearRange(int first, int last) {

    public YearRange {
        if (first > last) {
            throw new IllegalArgumentException("empty year range " + first + ".." + last);
        }
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }
}
