package vn.thidua.rules.domain;

import java.util.Optional;

/**
 * How a vote passes: the share of the base (the whole electorate, or those present) that must vote
 * for an option, "at least" that share or "more than" it, and the share of the electorate that must
 * be present for the vote to count at all (quorum). The one rule of every vote, the council's and a
 * bloc conference's alike, read here from the parameter table; the voting feature stores it with
 * each vote and judges the count by it.
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

    /** How the council votes on an award. */
    public enum Method {
        SECRET_BALLOT,
        SHOW_OF_HANDS
    }

    /** The Chiến sĩ thi đua titles above base level, which the council passes by their own, higher share. */
    public static boolean takesCstdShare(Award award) {
        return award == Award.CSTD_TINH || award == Award.CSTD_TQ;
    }

    /**
     * Secret ballot for the individual titles above base level (NĐ 91/2017 khoản 8 Điều 45) and for flags and State
     * awards.
     */
    public static Method councilMethod(Award award) {
        boolean secret = takesCstdShare(award)
                || award == Award.CO_TINH
                || award == Award.CO_CP
                || award == Award.BK_TTG
                || award.name().startsWith("HCLD");
        return secret ? Method.SECRET_BALLOT : Method.SHOW_OF_HANDS;
    }

    /** The key of the council's share: a higher one for Chiến sĩ thi đua. */
    public static ParameterKey councilThreshold(boolean cstd) {
        return cstd ? ParameterKey.VOTE_THRESHOLD_CSTD : ParameterKey.VOTE_THRESHOLD_OTHER;
    }

    /**
     * The council's rule, counted on all its members (the absent give written opinions); empty when none is in force.
     */
    public static Optional<VoteRule> council(boolean cstd, Parameters parameters) {
        return of(parameters, councilThreshold(cstd), ParameterKey.VOTE_QUORUM);
    }

    public static Optional<VoteRule> council(Award award, Parameters parameters) {
        return council(takesCstdShare(award), parameters);
    }

    /** A bloc conference's rule, under the regulation of the bloc's authority; empty when none is in force. */
    public static Optional<VoteRule> bloc(Parameters parameters) {
        return of(parameters, ParameterKey.VOTE_BLOC_THRESHOLD, ParameterKey.VOTE_BLOC_QUORUM);
    }

    private static Optional<VoteRule> of(Parameters parameters, ParameterKey thresholdKey, ParameterKey quorumKey) {
        Parameter threshold = parameters.get(thresholdKey);
        Parameter quorum = parameters.get(quorumKey);
        if (threshold == null || quorum == null) {
            // no rule in force: a vote is not held on a rule the system would have to invent
            return Optional.empty();
        }
        Fraction share = Fraction.fromDecimal(threshold.value());
        // a rule of exactly one half is read as the usual majority, "quá bán": more than half
        Comparison comparison = share.equals(new Fraction(1, 2)) ? Comparison.MORE_THAN : Comparison.AT_LEAST;
        return Optional.of(new VoteRule(
                share,
                comparison,
                Base.ELECTORATE,
                Fraction.fromDecimal(quorum.value()),
                threshold.basis().citation()));
    }

    public String describe() {
        return (comparison == Comparison.MORE_THAN ? "quá " : "từ ") + threshold + " "
                + (base == Base.ELECTORATE ? "tổng số thành viên" : "số thành viên có mặt") + "; có mặt từ " + quorum
                + " tổng số thành viên";
    }
}
