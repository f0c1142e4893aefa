package vn.thidua.voting;

import java.util.Optional;
import vn.thidua.platform.security.CurrentUser;

/**
 * Where a vote's question comes from, told by the feature that put it (a council's vote: the
 * proposal whose candidates it is about), so that the vote's page links to what is voted on and
 * back to it once closed. Declared here and implemented by the higher feature, which voting may not
 * depend on.
 */
public interface VoteOrigin {

    /** The origin of the vote as this user may open it; empty when there is none or the user may not read it. */
    Optional<Link> of(CurrentUser user, long voteId);

    /** What the vote is about (its title) and the page that shows it. */
    record Link(String title, String path) {}
}
