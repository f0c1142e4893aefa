package vn.thidua.voting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.domain.ballot.Bulletin;

/** The bulletin of a counted encrypted vote, for anyone with standing in the vote (electors, managers, the committee). */
@Service
public class Bulletins {

    private final VotingService voting;
    private final CountingCommittee committee;
    private final BallotBox box;

    Bulletins(VotingService voting, CountingCommittee committee, BallotBox box) {
        this.voting = voting;
        this.committee = committee;
        this.box = box;
    }

    @Transactional(readOnly = true)
    public Bulletin of(CurrentUser user, long voteId) {
        voting.standing(user, voteId);
        return committee.bulletin(voteId, box);
    }
}
