package vn.thidua.proposals;

import java.time.Instant;
import java.util.List;

/**
 * What công khai shows anyone without signing in: the list as the law makes it public (names, unit,
 * award proposed), and until when comments are taken. No personal identifier, no comment.
 */
public record PublicProposal(
        long id,
        String authorityName,
        String blocName,
        String title,
        int year,
        Instant publicUntil,
        List<Line> candidates) {

    public record Line(long candidateId, String name, String unitName, String award) {}

    static PublicProposal of(ProposalView p) {
        return new PublicProposal(
                p.id(),
                p.authorityName(),
                p.blocName(),
                p.title(),
                p.year(),
                p.publicUntil(),
                p.standing().stream()
                        .map(c -> new Line(c.id(), c.fullName(), c.unitName(), c.awardLabel()))
                        .toList());
    }
}
