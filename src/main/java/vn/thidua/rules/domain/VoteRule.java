package vn.thidua.rules.domain;

/**
 * How the emulation council votes on an award: method, the share of "yes" needed, computed on all
 * members (absent members give written opinions), and the quorum; for the voting feature.
 */
public record VoteRule(
        Award award, Method method, double threshold, Base base, double quorum, String basis, boolean verified) {

    public enum Method {
        SECRET_BALLOT,
        SHOW_OF_HANDS
    }

    public enum Base {
        ALL_MEMBERS,
        PRESENT
    }

    /** The Chiến sĩ thi đua titles above base level, which the council passes by their own, higher share. */
    public static boolean takesCstdShare(Award award) {
        return award == Award.CSTD_TINH || award == Award.CSTD_TQ;
    }

    /** Secret ballot for the individual titles above base level (NĐ 91/2017 khoản 8 Điều 45) and for flags and State awards. */
    public static VoteRule of(Award award, Parameters parameters) {
        boolean cstd = takesCstdShare(award);
        Parameter threshold =
                parameters.get(cstd ? ParameterKey.VOTE_THRESHOLD_CSTD : ParameterKey.VOTE_THRESHOLD_OTHER);
        Parameter quorum = parameters.get(ParameterKey.VOTE_QUORUM);
        boolean secret = cstd
                || award == Award.CO_TINH
                || award == Award.CO_CP
                || award == Award.BK_TTG
                || award.name().startsWith("HCLD");
        return new VoteRule(
                award,
                secret ? Method.SECRET_BALLOT : Method.SHOW_OF_HANDS,
                threshold == null ? 1 : threshold.doubleValue(),
                Base.ALL_MEMBERS,
                quorum == null ? 1 : quorum.doubleValue(),
                threshold == null ? "" : threshold.basis().citation(),
                threshold != null && threshold.verified() && quorum != null && quorum.verified());
    }
}
