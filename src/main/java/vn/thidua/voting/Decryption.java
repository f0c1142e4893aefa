package vn.thidua.voting;

import java.util.List;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * A trustee's partial decryption of a closed vote's totals, one per total with its proof. The
 * version (of the vote the trustee read) is optional: the proofs bind the shares to the vote's
 * totals and each trustee gives them once; a version sent is checked (stale: 409).
 */
public record Decryption(List<PartialDecryption> shares, Long version) {}
