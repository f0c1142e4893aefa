package vn.thidua.cycle;

import java.time.Instant;

/** A bloc year entered afterwards: who marked it, when, and why (shown on its pages and documents). */
public record AfterwardsView(long blocYearId, String reason, String markedBy, Instant markedAt) {}
