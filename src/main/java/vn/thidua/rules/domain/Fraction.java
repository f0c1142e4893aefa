package vn.thidua.rules.domain;

import java.math.BigDecimal;

/**
 * A share as the rules write it (1/2, 2/3, 9/10): kept exact, because 6 of 9 is two thirds while
 * 0.6667 of 9 is not.
 */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share between 0 and 1: " + numerator + "/" + denominator);
        }
    }

    /**
     * The simplest fraction (denominator up to 20) within 0.0001 of a decimal from the parameter table: 0.6667 → 2/3.
     */
    public static Fraction fromDecimal(BigDecimal value) {
        double v = value.doubleValue();
        for (int d = 1; d <= 20; d++) {
            int n = (int) Math.round(v * d);
            if (Math.abs((double) n / d - v) < 0.0001) {
                return new Fraction(n, d);
            }
        }
        throw new IllegalArgumentException("no simple fraction for " + value);
    }

    /** count / of ≥ this share, in integers. */
    public boolean reachedBy(long count, long of) {
        return count * denominator >= (long) numerator * of;
    }

    /** count / of > this share, in integers. */
    public boolean exceededBy(long count, long of) {
        return count * denominator > (long) numerator * of;
    }

    /** The smallest count that reaches the share of {@code of} (or exceeds it when {@code strictly}). */
    public long needed(long of, boolean strictly) {
        long product = (long) numerator * of;
        long atLeast = (product + denominator - 1) / denominator;
        return strictly && atLeast * denominator == product ? atLeast + 1 : atLeast;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
