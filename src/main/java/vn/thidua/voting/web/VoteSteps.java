package vn.thidua.voting.web;

import org.springframework.stereotype.Component;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.VoteView;
import vn.thidua.voting.VotingService;

/**
 * A step of a vote through the API, answered with the vote as it then stands. A step that changes
 * the vote itself must say which version of it the client read (400 {@code problem.versionRequired}
 * without); the others check a version only when one is sent (docs/architecture.md).
 */
@Component
record VoteSteps(VotingService voting, Checks checks) {

    /** A step whose request must carry the version read. */
    VoteView versioned(CurrentUser user, long voteId, Long version, Runnable step) {
        if (version == null) {
            throw checks.refusal("version", "problem.versionRequired");
        }
        return take(user, voteId, step);
    }

    /** A step whose version, if any, the use case checks. */
    VoteView take(CurrentUser user, long voteId, Runnable step) {
        step.run();
        return voting.get(user, voteId);
    }
}
