package vn.thidua.voting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.validation.Checks;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.internal.BallotBoxStore;
import vn.thidua.voting.internal.VoteStore;

/**
 * The encrypted ballot box of a secret vote: takes a ballot only when its proofs hold (or encrypts a
 * script's clear choice at once, never keeping it), keeps the ciphertexts under their tracking code,
 * and at closing adds them up under encryption. It never sees a choice it could store.
 */
@Component
class BallotBox {

    private final VoteStore votes;
    private final BallotBoxStore store;
    private final JsonMapper json;
    private final Checks checks;
    /**
     * Checking a ballot's proofs (or encrypting a script's choice) is a few milliseconds of pure
     * computation: at most one ballot per core at a time, the others wait their turn here, holding
     * nothing. Without it, hundreds of ballots at once share the cores with the requests that hold a
     * database connection, which then wait past the pool's timeout; and every ballot finishes late
     * instead of in turn.
     */
    private final Semaphore computing =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    BallotBox(VoteStore votes, BallotBoxStore store, JsonMapper json, Checks checks) {
        this.checks = checks;
        this.votes = votes;
        this.store = store;
        this.json = json;
    }

    /** The ballot to put in the box: the browser's, once its proofs verify, or the clear choice encrypted here. */
    EncryptedBallot accept(VoteStore.VoteRow vote, BallotRequest request, String field) {
        if (vote.method() != VoteMethod.SECRET_BALLOT) {
            throw checks.refusal(
                    field, vote.method() == VoteMethod.PAPER_BALLOT ? "vote.ballot.paperOnly" : "vote.notBallot");
        }
        if (!vote.encrypted()) {
            throw checks.refusal(field, "vote.ballot.legacy");
        }
        if (vote.publicKey() == null
                || request == null
                || (request.ballot() == null) == (request.optionIds() == null)) {
            throw checks.refusal(
                    field, request != null && vote.publicKey() != null ? "vote.ballot.oneForm" : "vote.notOpen");
        }
        if (!vote.publicKey().equals(jointKey(vote.id()))) {
            // the key on the vote is not the committee's (written over in the database): no ballot is
            // encrypted under a key whose secret someone else may hold
            throw checks.refusal(field, "vote.committee.keyAltered");
        }
        List<VoteView.Option> options = votes.options(vote.id());
        var key = Group.point(vote.publicKey());
        if (request.ballot() != null) {
            String defect = computing(() -> request.ballot().defect(vote.id(), key, options.size(), vote.maxChoices()));
            if (defect != null) {
                throw checks.refusal(field, "vote.ballot.proof." + defect);
            }
            return request.ballot();
        }
        Set<Integer> positions = positions(vote, options, request.optionIds(), field);
        return computing(() -> EncryptedBallot.encrypt(vote.id(), key, options.size(), vote.maxChoices(), positions));
    }

    private <T> T computing(Supplier<T> work) {
        try {
            computing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a ballot", e);
        }
        try {
            return work.get();
        } finally {
            computing.release();
        }
    }

    /** The positions of the chosen options, checked as a ballot must be. */
    Set<Integer> positions(VoteStore.VoteRow vote, List<VoteView.Option> options, List<Long> optionIds, String field) {
        Set<Long> chosen = new LinkedHashSet<>(optionIds);
        if (chosen.size() != optionIds.size() || chosen.contains(null)) {
            throw checks.refusal(field, "vote.option.unknown");
        }
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (chosen.contains(options.get(i).id())) {
                positions.add(i);
            }
        }
        if (positions.size() != chosen.size()) {
            throw checks.refusal(field, "vote.option.unknown");
        }
        if (positions.size() > vote.maxChoices()) {
            throw checks.refusal(field, "vote.tooManyChoices", vote.maxChoices());
        }
        return positions;
    }

    /** Written opinions nobody confirmed before closing are not counted: their choices in clear go. */
    void forgetUnconfirmedChoices(long voteId) {
        store.forgetUnconfirmedChoices(voteId);
    }

    /** The vote's key as the sum of its trustees' registered shares (null until every trustee has registered). */
    String jointKey(long voteId) {
        List<BallotBoxStore.TrusteeRow> all = store.trustees(voteId);
        return all.size() < CountingCommittee.MIN_TRUSTEES
                        || !all.stream().allMatch(BallotBoxStore.TrusteeRow::registered)
                ? null
                : Bulletin.jointKey(all.stream()
                        .map(t -> new KeyShare(t.publicKey(), t.commitment(), t.response()))
                        .toList());
    }

    String json(EncryptedBallot ballot) {
        return json.writeValueAsString(ballot);
    }

    /** Puts the ballot in the box; the very same ballot twice (a copy of another's) is refused. */
    void put(long voteId, String trackingCode, String ballotJson) {
        if (!store.putBallot(voteId, trackingCode, ballotJson)) {
            throw checks.refusal("optionIds", "vote.ballot.copy");
        }
    }

    List<EncryptedBallot> ballots(long voteId) {
        return store.ballots(voteId).stream()
                .map(b -> json.readValue(b.ballot(), EncryptedBallot.class))
                .toList();
    }

    List<BallotBoxStore.StoredBallot> stored(long voteId) {
        return store.ballots(voteId);
    }

    EncryptedBallot parse(String ballotJson) {
        return json.readValue(ballotJson, EncryptedBallot.class);
    }

    /** Adds up the box at closing: one encrypted total per option, and the blank ballots last. */
    void sealTotals(long voteId, int optionCount) {
        store.setEncryptedTotals(voteId, json.writeValueAsString(sums(voteId, optionCount)));
    }

    /** What the box adds up to: one encrypted total per option, and the blank ballots last. */
    List<VoteView.CipherPair> sums(long voteId, int optionCount) {
        Ciphertext[] totals = new Ciphertext[optionCount + 1];
        Arrays.fill(totals, Ciphertext.ZERO);
        for (EncryptedBallot ballot : ballots(voteId)) {
            for (int i = 0; i < optionCount; i++) {
                totals[i] = totals[i].add(ballot.options().get(i).ciphertext());
            }
            totals[optionCount] = totals[optionCount].add(ballot.blank().ciphertext());
        }
        List<VoteView.CipherPair> pairs = new ArrayList<>();
        for (Ciphertext total : totals) {
            pairs.add(new VoteView.CipherPair(total.aHex(), total.bHex()));
        }
        return pairs;
    }

    List<VoteView.CipherPair> totals(VoteStore.VoteRow vote) {
        return vote.encryptedTotals() == null
                ? null
                : json.readValue(vote.encryptedTotals(), new TypeReference<List<VoteView.CipherPair>>() {});
    }

    List<VoteView.WrittenOpinion> writtenOpinions(long voteId) {
        return store.written(voteId).stream()
                .map(w -> VoteView.WrittenOpinion.of(
                        w.elector(), votes.electorLabel(voteId, w.elector()), w.enteredBy(), w.confirmedBy()))
                .toList();
    }
}
