package vn.thidua.voting;

/** The second person's confirmation of the paper count it read (the version of the vote with that count). */
public record ConfirmPaperCount(Long version) {}
