package vn.thidua.voting;

import java.util.List;

/**
 * A vote to hold at the bloc's conference: what is voted (its subject decides the rule), the
 * question, the method, the options (labels, or candidate units), how many options a ballot may
 * mark, who votes, and for an on-line secret ballot its counting committee (the trustees' usernames).
 */
public record VoteCommand(
        VoteSubject subject,
        String question,
        VoteMethod method,
        List<String> options,
        List<Long> candidateUnitIds,
        Integer maxChoices,
        VoteElectorate electorate,
        List<String> trustees) {

    public VoteCommand(
            VoteSubject subject,
            String question,
            VoteMethod method,
            List<String> options,
            List<Long> candidateUnitIds,
            Integer maxChoices,
            VoteElectorate electorate) {
        this(subject, question, method, options, candidateUnitIds, maxChoices, electorate, null);
    }
}
