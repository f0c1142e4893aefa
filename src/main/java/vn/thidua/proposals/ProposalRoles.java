package vn.thidua.proposals;

import java.util.List;

/** What a user is to one proposal, for a page to offer only the steps it may take. */
public record ProposalRoles(boolean proposer, boolean board, boolean decider, List<Long> ownCandidates) {

    public boolean owns(long candidateId) {
        return ownCandidates.contains(candidateId);
    }

    /** Whether the page offers this candidate's achievement report (a co-candidate's unit reads its own only). */
    public boolean readsReportOf(long candidateId) {
        return proposer || board || decider || ownCandidates.isEmpty() || owns(candidateId);
    }
}
