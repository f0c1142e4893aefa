package vn.thidua.voting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.platform.validation.Messages;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.TallyStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * The public record of a counted encrypted vote, for anyone with standing in the vote (electors,
 * managers, the committee): every tracking code and ballot, the totals, the trustees' parts with
 * their proofs and the result, so that anyone can recompute it.
 */
@Service
public class Bulletins {

    private final VoteAccess access;
    private final VoteStore votes;
    private final TallyStore tallies;
    private final BallotBoxStore store;
    private final BallotBox box;
    private final CommitteeCount count;
    private final Checks checks;
    private final Messages messages;
    private final JsonMapper json;

    /*
     * Checking a bulletin costs a few curve operations per ballot and option: the findings are kept
     * by the bulletin's content, so a page read again costs nothing and any change to the stored
     * vote (a different content) is checked afresh.
     */
    private final Map<String, List<Bulletin.Finding>> checked =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Bulletin.Finding>> eldest) {
                    return size() > 200;
                }
            });

    Bulletins(
            VoteAccess access,
            VoteStore votes,
            TallyStore tallies,
            BallotBoxStore store,
            BallotBox box,
            CommitteeCount count,
            Checks checks,
            Messages messages,
            JsonMapper json) {
        this.access = access;
        this.votes = votes;
        this.tallies = tallies;
        this.store = store;
        this.box = box;
        this.count = count;
        this.checks = checks;
        this.messages = messages;
        this.json = json;
    }

    /** What the verifier finds in a bulletin (empty when its result follows from its ballots and proofs). */
    public List<Bulletin.Finding> findings(Bulletin bulletin) {
        String content = HexFormat.of().formatHex(Group.sha256(json.writeValueAsString(bulletin)));
        List<Bulletin.Finding> known = checked.get(content);
        if (known == null) {
            known = List.copyOf(bulletin.verify());
            checked.put(content, known);
        }
        return known;
    }

    @Transactional(readOnly = true)
    public Bulletin of(CurrentUser user, long voteId) {
        VoteStore.VoteRow vote = access.find(voteId);
        access.standing(user, vote);
        if (!vote.encrypted()) {
            throw checks.refusal("status", "vote.bulletin.notYet");
        }
        access.require(() -> vote.status().requireResult());
        List<BallotBoxStore.TrusteeRow> trustees = store.trustees(voteId);
        List<VoteView.Option> options = votes.options(voteId);
        List<VoteView.CipherPair> totals = box.totals(vote) == null ? List.of() : box.totals(vote);
        Map<Long, List<PartialDecryption>> shares = new HashMap<>();
        trustees.forEach(t -> shares.put(t.id(), count.partials(t)));
        Map<Long, Integer> counts = tallies.tally(voteId);
        int[] castAndBlank = tallies.ballots(voteId);
        List<Bulletin.Total> lines = new ArrayList<>();
        for (int i = 0; i <= options.size(); i++) {
            int index = i;
            Map<Long, PartialDecryption> byTrustee = new HashMap<>();
            shares.forEach((id, list) -> {
                if (list.size() > index) {
                    byTrustee.put(id, list.get(index));
                }
            });
            VoteView.CipherPair total = totals.size() > i ? totals.get(i) : new VoteView.CipherPair("", "");
            String label = i < options.size() ? options.get(i).label() : messages.get("vote.blank");
            int ballots =
                    i < options.size() ? counts.getOrDefault(options.get(i).id(), 0) : castAndBlank[1];
            lines.add(new Bulletin.Total(label, total.a(), total.b(), byTrustee, ballots));
        }
        return new Bulletin(
                voteId,
                vote.question(),
                options.stream().map(VoteView.Option::label).toList(),
                vote.maxChoices(),
                vote.electorate(),
                trustees.stream()
                        .map(t -> new Bulletin.Trustee(
                                t.id(), t.label(), new KeyShare(t.publicKey(), t.commitment(), t.response())))
                        .toList(),
                vote.publicKey(),
                box.stored(voteId).stream()
                        .map(b -> new Bulletin.Ballot(b.trackingCode(), box.parse(b.ballot())))
                        .toList(),
                lines.subList(0, options.size()),
                lines.get(options.size()),
                votes.voters(voteId));
    }
}
