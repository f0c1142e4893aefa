package vn.thidua.org;

/**
 * The identifier of a bloc year where it crosses from one feature to another, so that it cannot be mistaken for another
 * id.
 */
public record BlocYearId(long value) {

    public BlocYearId {
        if (value <= 0) {
            throw new IllegalArgumentException("a bloc year's id is positive: " + value);
        }
    }

    public static BlocYearId of(long value) {
        return new BlocYearId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
