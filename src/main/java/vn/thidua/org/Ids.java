package vn.thidua.org;

/** What the ids that cross features hold: a row's key, which the database numbers from 1. */
final class Ids {

    private Ids() {}

    static void requirePositive(long value, String whose) {
        if (value <= 0) {
            throw new IllegalArgumentException(whose + " id is positive: " + value);
        }
    }
}
