package vn.thidua.proposals;

import vn.thidua.proposals.domain.CandidateStatus;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.SubjectKind;

/** A candidate of a proposal past its draft, as an authority's statistics count it: proposed, and whether awarded. */
public record YearCandidate(
        long id,
        long proposalId,
        String proposalTitle,
        SubjectKind kind,
        String fullName,
        String unitName,
        Award award,
        CandidateStatus status) {

    public boolean awarded() {
        return status == CandidateStatus.AWARDED;
    }
}
