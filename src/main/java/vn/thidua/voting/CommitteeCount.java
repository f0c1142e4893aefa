package vn.thidua.voting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditEvent;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.VoteStatus;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.TallyStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * The committee's count of a closed encrypted vote: each trustee opens its part of the totals
 * (never of a ballot) with a proof; when the last part is in, the totals are known and the vote is
 * verified. A trustee who does not come leaves the vote waiting.
 */
@Service
public class CommitteeCount {

    private final VoteAccess access;
    private final VoteStore votes;
    private final TallyStore tallies;
    private final BallotBoxStore store;
    private final BallotBox box;
    private final Checks checks;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    CommitteeCount(
            VoteAccess access,
            VoteStore votes,
            TallyStore tallies,
            BallotBoxStore store,
            BallotBox box,
            Checks checks,
            AuditLog audit,
            JsonMapper json,
            Clock clock) {
        this.access = access;
        this.votes = votes;
        this.tallies = tallies;
        this.store = store;
        this.box = box;
        this.checks = checks;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The box of a closed vote as its trustees add it up themselves: each ballot's ciphertexts only, no proof. */
    @Transactional(readOnly = true)
    public List<List<VoteView.CipherPair>> boxFor(CurrentUser user, long voteId) {
        access.trustee(user, voteId);
        return box.ballots(voteId).stream()
                .map(b -> {
                    List<VoteView.CipherPair> pairs = new ArrayList<>();
                    b.options().forEach(o -> pairs.add(new VoteView.CipherPair(o.a(), o.b())));
                    pairs.add(new VoteView.CipherPair(b.blank().a(), b.blank().b()));
                    return pairs;
                })
                .toList();
    }

    /**
     * The signed-in trustee's partial decryption of every total, with its proofs. When the last
     * trustee's part is in, the totals are opened and the vote is verified.
     */
    @Transactional
    public void decrypt(CurrentUser user, long voteId, Decryption request) {
        VoteStore.VoteRow vote = access.lock(voteId);
        BallotBoxStore.TrusteeRow trustee = access.trustee(user, voteId);
        access.claim(vote, request == null ? null : request.version());
        List<PartialDecryption> shares = request == null ? null : request.shares();
        access.require(() -> vote.status().requireAwaitingCommittee());
        if (trustee.decrypted()) {
            throw checks.conflict("vote.committee.decryptedAlready");
        }
        List<VoteView.CipherPair> totals = box.totals(vote);
        // the totals are what the box adds up to, one per option and the blank ballots, nothing else:
        // a total written over by someone with the database's keys (a single ballot, to have it
        // opened) is refused here, and the trustee's page adds the box up itself too
        if (!totals.equals(box.sums(voteId, votes.options(voteId).size()))) {
            throw checks.refusal("shares", "vote.committee.totalsAltered");
        }
        if (shares == null || shares.size() != totals.size()) {
            throw checks.refusal("shares", "vote.committee.decryptionShape");
        }
        var key = new KeyShare(trustee.publicKey(), trustee.commitment(), trustee.response()).point();
        for (int i = 0; i < totals.size(); i++) {
            if (shares.get(i) == null
                    || !shares.get(i).verifies(KeyShare.context(voteId, trustee.id()), key, cipher(totals.get(i)))) {
                throw checks.refusal("shares", "vote.committee.decryptionProof");
            }
        }
        store.saveDecryption(trustee.id(), json.writeValueAsString(shares), clock.instant());
        auditOf(vote, user, AuditAction.VOTE_DECRYPTION_GIVEN, "phần giải mã tổng số phiếu");
        List<BallotBoxStore.TrusteeRow> all = store.trustees(voteId);
        if (all.stream().allMatch(BallotBoxStore.TrusteeRow::decrypted)) {
            count(vote, totals, all);
            auditOf(
                    vote,
                    user,
                    AuditAction.VOTE_COUNTED,
                    "kết quả giải mã từ " + all.size() + " thành viên Ban kiểm phiếu");
        }
    }

    private void count(
            VoteStore.VoteRow vote, List<VoteView.CipherPair> totals, List<BallotBoxStore.TrusteeRow> trustees) {
        VoteStatus next = access.step(() -> vote.status().verify());
        int cast = (int) votes.participants(vote.id());
        List<List<PartialDecryption>> byTotal = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            byTotal.add(new ArrayList<>());
        }
        for (BallotBoxStore.TrusteeRow trustee : trustees) {
            List<PartialDecryption> shares = partials(trustee);
            for (int i = 0; i < totals.size(); i++) {
                byTotal.get(i).add(shares.get(i));
            }
        }
        List<VoteView.Option> options = votes.options(vote.id());
        Map<Long, Integer> perOption = new HashMap<>();
        int blank = 0;
        for (int i = 0; i < totals.size(); i++) {
            OptionalInt opened = PartialDecryption.open(cipher(totals.get(i)), byTotal.get(i), cast);
            if (opened.isEmpty()) {
                // only possible if the box and the totals disagree: never publish a result then
                throw new IllegalStateException("the totals of vote " + vote.id() + " do not open to a count");
            }
            if (i < options.size()) {
                perOption.put(options.get(i).id(), opened.getAsInt());
            } else if (i == options.size()) {
                blank = opened.getAsInt();
            } else {
                throw new IllegalStateException("vote " + vote.id() + " has more totals than options and blank");
            }
        }
        tallies.setCounts(vote.id(), perOption, cast, blank);
        votes.move(vote.id(), vote.status(), next);
    }

    /** A trustee's partial decryptions as it gave them (none before it has). */
    List<PartialDecryption> partials(BallotBoxStore.TrusteeRow trustee) {
        return trustee.decryption() == null
                ? List.of()
                : json.readValue(trustee.decryption(), new TypeReference<List<PartialDecryption>>() {});
    }

    private static Ciphertext cipher(VoteView.CipherPair pair) {
        return Ciphertext.of(pair.a(), pair.b());
    }

    private void auditOf(VoteStore.VoteRow vote, CurrentUser user, AuditAction action, String detail) {
        audit.recordAlone(AuditEvent.by(user, action, access.authorityOf(vote), "biểu quyết " + vote.id(), detail));
    }
}
