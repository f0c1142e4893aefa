package vn.thidua.proposals;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.internal.ProposalStore;
import vn.thidua.voting.VoteOrigin;

/**
 * A council's vote comes from a proposal: its page links to the proposal's dossier (what the members
 * vote on) and, once closed, back to the proposal where the board records the result.
 */
@Component
class CouncilVoteOrigin implements VoteOrigin {

    private final ProposalStore store;
    private final ProposalNames names;
    private final ProposalAccess access;

    CouncilVoteOrigin(ProposalStore store, ProposalNames names, ProposalAccess access) {
        this.store = store;
        this.names = names;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Link> of(CurrentUser user, long voteId) {
        return store.ofCouncilVote(voteId)
                .flatMap(store::find)
                .filter(p -> access.canRead(user, p))
                .map(p -> names.ofTheTime(p))
                .map(p -> new Link(p.title(), "/proposals/" + p.id()));
    }
}
