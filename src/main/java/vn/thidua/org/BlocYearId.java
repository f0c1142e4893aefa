package vn.thidua.org;

/**
 * The identifier of a bloc year where it crosses from one feature to another, so that it cannot be mistaken for another
 * id.
 */
public record BlocYearId(long value) {

    public BlocYearId {
        Ids.requirePositive(value, "a bloc year's");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
