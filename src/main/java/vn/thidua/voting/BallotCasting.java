package vn.thidua.voting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.Elector;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.internal.VoteStore;

/**
 * One secret ballot of the user's unit (or council member), encrypted: "who voted" is recorded once
 * per elector, the ballot goes into the box as its ciphertexts with a tracking code and nothing
 * else. A second ballot of the same elector, concurrent or not, is refused and counts nothing.
 */
@Service
public class BallotCasting {

    private final VoteAccess access;
    private final VoteStore store;
    private final BallotBox box;
    private final Checks checks;
    private final TransactionTemplate transactions;

    BallotCasting(
            VoteAccess access, VoteStore store, BallotBox box, Checks checks, PlatformTransactionManager transactions) {
        this.access = access;
        this.store = store;
        this.box = box;
        this.checks = checks;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * The proofs are checked before any row is locked, outside the transaction: they are
     * milliseconds of computation that no connection should wait on.
     *
     * @return the ballot's tracking code
     */
    public String cast(CurrentUser user, long voteId, BallotRequest request) {
        VoteStore.VoteRow vote = access.find(voteId);
        Elector elector = VoteAccess.electorOf(user)
                .filter(e -> store.isElector(voteId, e))
                .orElseThrow(() -> checks.forbidden("vote.notElector"));
        // the cheap refusals first: a closed vote or a second ballot costs no proof verification
        access.require(() -> vote.status().requireOpen());
        if (store.hasVoted(voteId, elector)) {
            throw checks.conflictWorded(
                    "vote.alreadyVoted", ElectorWording.of(vote.electorateKind(), "vote.alreadyVoted"));
        }
        EncryptedBallot ballot = box.accept(vote, request, "optionIds");
        String tracking = ballot.trackingCode(voteId);
        String json = box.json(ballot);
        return transactions.execute(tx -> {
            VoteStore.VoteRow locked = store.findForBallot(voteId).orElseThrow();
            access.claim(locked, request == null ? null : request.version());
            access.require(() -> locked.status().requireOpen());
            if (!store.participate(voteId, elector)) {
                throw checks.conflictWorded(
                        "vote.alreadyVoted", ElectorWording.of(vote.electorateKind(), "vote.alreadyVoted"));
            }
            box.put(voteId, tracking, json);
            return tracking;
        });
    }
}
