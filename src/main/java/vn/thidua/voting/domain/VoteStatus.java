package vn.thidua.voting.domain;

/**
 * Where a vote stands, and the only ways it moves: a draft is opened; an open vote is closed; a
 * closed encrypted vote is verified once every trustee's partial decryption has been checked and
 * the totals opened. A show of hands, an acclamation or a confirmed paper count has its result at
 * closing, so it goes from open to verified in one step. Every refusal names its message key.
 */
public enum VoteStatus {
    DRAFT,
    OPEN,
    CLOSED,
    VERIFIED;

    /** A transition the vote's state does not allow; {@code code} is the message key. */
    public static final class Refused extends RuntimeException {
        private final String code;

        Refused(String code) {
            super(code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public VoteStatus open() {
        if (this != DRAFT) {
            throw new Refused("vote.alreadyOpened");
        }
        return OPEN;
    }

    /** A ballot, a written opinion or a paper count is taken only while the vote is open. */
    public void requireOpen() {
        if (this == DRAFT) {
            throw new Refused("vote.notOpen");
        }
        if (this != OPEN) {
            throw new Refused("vote.closed");
        }
    }

    /** Closing: an encrypted vote then waits for its committee; any other has its result at once. */
    public VoteStatus close(boolean awaitsCommittee) {
        requireOpen();
        return awaitsCommittee ? CLOSED : VERIFIED;
    }

    /** The committee's partial decryptions are taken only between closing and the result. */
    public void requireAwaitingCommittee() {
        if (this != CLOSED) {
            throw new Refused(this == VERIFIED ? "vote.committee.done" : "vote.committee.notClosed");
        }
    }

    public VoteStatus verify() {
        requireAwaitingCommittee();
        return VERIFIED;
    }

    /** The committee is named and its keys registered only while the vote is a draft. */
    public void requireDraft() {
        if (this != DRAFT) {
            throw new Refused("vote.alreadyOpened");
        }
    }

    /** The bulletin of an encrypted vote is published once its result is known. */
    public void requireResult() {
        if (this != VERIFIED) {
            throw new Refused("vote.bulletin.notYet");
        }
    }

    public boolean resultKnown() {
        return this == VERIFIED;
    }

    public boolean isDraft() {
        return this == DRAFT;
    }

    /** Ballots, written opinions and counts are taken now. */
    public boolean takesBallots() {
        return this == OPEN;
    }

    /** The box is closed and the committee has yet to open the totals. */
    public boolean awaitsCommittee() {
        return this == CLOSED;
    }

    /** No ballot is taken any more (the result may still wait for the committee). */
    public boolean boxClosed() {
        return this == CLOSED || this == VERIFIED;
    }
}
