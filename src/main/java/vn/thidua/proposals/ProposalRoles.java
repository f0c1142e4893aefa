package vn.thidua.proposals;

import java.util.List;

/** What a user is to one proposal, for a page to offer only the steps it may take. */
public record ProposalRoles(boolean proposer, boolean board, boolean decider, List<Long> ownCandidates) {

    public boolean owns(long candidateId) {
        return ownCandidates.contains(candidateId);
    }
}
