package vn.thidua.voting;

import vn.thidua.voting.domain.ballot.KeyShare;

/**
 * A trustee's registration of the public part of its key share, with its proof, as the page and
 * the API send it. The version (of the vote the trustee read) is optional: the proof binds the key
 * to the vote and the trustee, and a key is registered once; a version sent is checked (stale: 409).
 */
public record KeyRegistration(String publicKey, String commitment, String response, Long version) {

    public static KeyRegistration of(KeyShare share, Long version) {
        return new KeyRegistration(share.publicKey(), share.commitment(), share.response(), version);
    }

    KeyShare share() {
        return new KeyShare(publicKey, commitment, response);
    }
}
