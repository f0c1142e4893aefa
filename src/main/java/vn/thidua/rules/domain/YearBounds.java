package vn.thidua.rules.domain;

/** Questions may be asked about 2000 up to next year; a history may reach further back. */
public record YearBounds(int first, int last, int firstHistoryYear) {

    public boolean contains(int year) {
        return year >= first && year <= last;
    }
}
