package vn.thidua.voting;

import java.util.List;
import vn.thidua.voting.domain.ballot.EncryptedBallot;

/**
 * One secret ballot, as the page sends it (encrypted in the voter's browser, with its proofs) or
 * as a script may (the option ids in clear, which the server encrypts at once and never keeps or
 * logs: the weaker path, see docs/voting-secrecy.md). Exactly one of the two is given; the version
 * is that of the vote the voter read.
 */
public record BallotRequest(List<Long> optionIds, EncryptedBallot ballot, Long version) {}
