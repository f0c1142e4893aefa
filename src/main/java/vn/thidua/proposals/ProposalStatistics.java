package vn.thidua.proposals;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.proposals.internal.CandidateLines;

/** What an authority proposed in a year and what was awarded, for its statistics: its board and the administrator. */
@Service
public class ProposalStatistics {

    private final CandidateLines lines;

    ProposalStatistics(CandidateLines lines) {
        this.lines = lines;
    }

    @Transactional(readOnly = true)
    public List<YearCandidate> submitted(CurrentUser user, long authorityId, int year) {
        if (!user.isAdmin() && !user.isBoardOf(authorityId)) {
            throw new AccessDeniedException("an authority's proposals of a year are counted by its board");
        }
        return lines.submitted(authorityId, year);
    }
}
