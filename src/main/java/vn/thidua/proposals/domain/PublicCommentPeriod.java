package vn.thidua.proposals.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Công khai: the list stays public from its start for the days the parameter in force sets; it cannot close earlier.
 */
public record PublicCommentPeriod(Instant from, Instant until) {

    public static PublicCommentPeriod starting(Instant from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a public comment period lasts at least one day");
        }
        return new PublicCommentPeriod(from, from.plus(Duration.ofDays(days)));
    }

    /** A period that took place outside the system (a year entered afterwards): over from the moment it is recorded. */
    public static PublicCommentPeriod afterwards(Instant now) {
        return new PublicCommentPeriod(now, now);
    }

    public boolean over(Instant now) {
        return !now.isBefore(until);
    }
}
