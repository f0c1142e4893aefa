package vn.thidua.proposals;

import java.util.List;

/**
 * What a user is to one proposal, for a page to offer only the steps it may take and the documents it
 * may open: {@code council}, a member of the council that votes on it; {@code wholeDossier}, whether it
 * reads every document of the dossier (the bloc conference's minutes too), not only its own candidate's.
 */
public record ProposalRoles(
        boolean proposer,
        boolean board,
        boolean decider,
        boolean council,
        boolean wholeDossier,
        List<Long> ownCandidates) {

    public boolean owns(long candidateId) {
        return ownCandidates.contains(candidateId);
    }

    /** Whether the page offers this candidate's achievement report (a co-candidate's unit reads its own only). */
    public boolean readsReportOf(long candidateId) {
        return proposer || board || decider || ownCandidates.isEmpty() || owns(candidateId);
    }
}
