package vn.thidua.org;

/**
 * The identifier of a unit where it crosses from one feature to another, so that it cannot be mistaken for another id.
 */
public record UnitId(long value) {

    public UnitId {
        if (value <= 0) {
            throw new IllegalArgumentException("a unit's id is positive: " + value);
        }
    }

    public static UnitId of(long value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
