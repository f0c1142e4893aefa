package vn.thidua.voting.domain;

/**
 * How a vote passes: the share of the base (the whole electorate, or those present) that must vote
 * for an option, "at least" that share or "more than" it, and the share of the electorate that must
 * be present for the vote to count at all (quorum).
 */
public record VoteRule(Fraction threshold, Comparison comparison, Base base, Fraction quorum, String basis) {

    public enum Base {
        ELECTORATE,
        PRESENT
    }

    /** "từ 2/3" is at least two thirds; "quá 50%" (quá bán) is more than half. */
    public enum Comparison {
        AT_LEAST,
        MORE_THAN
    }

    public String describe() {
        return (comparison == Comparison.MORE_THAN ? "quá " : "từ ") + threshold + " "
                + (base == Base.ELECTORATE ? "tổng số thành viên" : "số thành viên có mặt") + "; có mặt từ " + quorum
                + " tổng số thành viên";
    }
}
