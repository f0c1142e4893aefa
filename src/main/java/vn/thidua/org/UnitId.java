package vn.thidua.org;

/**
 * The identifier of a unit where it crosses from one feature to another, so that it cannot be mistaken for another id.
 */
public record UnitId(long value) {

    public UnitId {
        Ids.requirePositive(value, "a unit's");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
