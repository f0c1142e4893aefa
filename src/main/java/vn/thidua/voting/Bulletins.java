package vn.thidua.voting;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.voting.domain.ballot.Bulletin;

/** The bulletin of a counted encrypted vote, for anyone with standing in the vote (electors, managers, the committee). */
@Service
public class Bulletins {

    private final VotingService voting;
    private final CountingCommittee committee;

    Bulletins(VotingService voting, CountingCommittee committee, tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.voting = voting;
        this.committee = committee;
    }

    /*
     * Checking a bulletin costs a few curve operations per ballot and option: the findings are kept
     * by the bulletin's content, so a page read again costs nothing and any change to the stored
     * vote (a different content) is checked afresh.
     */
    private final java.util.Map<String, List<Bulletin.Finding>> checked =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Bulletin.Finding>> eldest) {
                    return size() > 200;
                }
            });
    private final tools.jackson.databind.json.JsonMapper json;

    /** What the verifier finds in a bulletin (empty when its result follows from its ballots and proofs). */
    public List<Bulletin.Finding> findings(Bulletin bulletin) {
        String content = java.util.HexFormat.of()
                .formatHex(vn.thidua.voting.domain.ballot.Group.sha256(json.writeValueAsString(bulletin)));
        List<Bulletin.Finding> known = checked.get(content);
        if (known == null) {
            known = List.copyOf(bulletin.verify());
            checked.put(content, known);
        }
        return known;
    }

    @Transactional(readOnly = true)
    public Bulletin of(CurrentUser user, long voteId) {
        voting.standing(user, voteId);
        return committee.bulletin(voteId);
    }
}
