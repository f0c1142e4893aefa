package vn.thidua.voting.domain;

import vn.thidua.rules.domain.VoteRule;

/**
 * The result of one option under a rule: passed or not, with the numbers that decided it, so that a
 * page can say "7/10 phiếu, cần 7 (từ 2/3 tổng số thành viên): đạt".
 */
public record Outcome(
        Result result, long votes, long base, long needed, long present, long electorate, long quorumNeeded) {

    public enum Result {
        PASSED,
        FAILED,
        NO_QUORUM
    }

    public static Outcome of(VoteRule rule, long electorate, long present, long votes) {
        if (present > electorate || votes > present || votes < 0) {
            throw new IllegalArgumentException("votes " + votes + " of present " + present + " of " + electorate);
        }
        long quorumNeeded = rule.quorum().needed(electorate, false);
        long base = rule.base() == VoteRule.Base.ELECTORATE ? electorate : present;
        boolean strictly = rule.comparison() == VoteRule.Comparison.MORE_THAN;
        long needed = rule.threshold().needed(base, strictly);
        if (present < quorumNeeded) {
            return new Outcome(Result.NO_QUORUM, votes, base, needed, present, electorate, quorumNeeded);
        }
        boolean passed = strictly
                ? rule.threshold().exceededBy(votes, base)
                : rule.threshold().reachedBy(votes, base);
        return new Outcome(
                passed ? Result.PASSED : Result.FAILED, votes, base, needed, present, electorate, quorumNeeded);
    }
}
