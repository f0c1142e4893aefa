package vn.thidua.rules;

import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.Parameter;
import vn.thidua.rules.domain.ParameterKey;
import vn.thidua.rules.domain.Parameters;
import vn.thidua.rules.domain.VoteRule;

/**
 * How the council votes on one award, as the eligibility contract answers it: the method, the
 * parameters' own figures (0.9, not 9/10) and whether they were checked against the text. The rule
 * itself is {@link VoteRule}; this is only its answer for other systems.
 */
public record CouncilVoteRule(
        Award award,
        VoteRule.Method method,
        double threshold,
        String base,
        double quorum,
        String basis,
        boolean verified) {

    /**
     * The contract's word for a share of all the council's members (the rule's {@code ELECTORATE});
     * other systems read "ALL_MEMBERS" since the first release, so the word stays.
     */
    static final String ALL_MEMBERS = "ALL_MEMBERS";

    static CouncilVoteRule of(Award award, Parameters parameters) {
        Parameter threshold = parameters.get(VoteRule.councilThreshold(VoteRule.takesCstdShare(award)));
        Parameter quorum = parameters.get(ParameterKey.VOTE_QUORUM);
        return new CouncilVoteRule(
                award,
                VoteRule.councilMethod(award),
                threshold == null ? 1 : threshold.doubleValue(),
                ALL_MEMBERS,
                quorum == null ? 1 : quorum.doubleValue(),
                VoteRule.council(award, parameters).map(VoteRule::basis).orElse(""),
                threshold != null && threshold.verified() && quorum != null && quorum.verified());
    }
}
