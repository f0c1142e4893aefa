package vn.thidua.support;

import static vn.thidua.support.Api.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * The counting committee of an encrypted vote, played over the API as its trustees would: each
 * makes its key share here (as on its own device, the secret never sent) and registers the public
 * part; after closing each sends its partial decryption of the totals.
 */
public final class Committee {

    private final int port;
    private final long voteId;
    private final Map<String, String> secrets = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();

    private Committee(int port, long voteId) {
        this.port = port;
        this.voteId = voteId;
    }

    /** Every trustee named on the vote registers a key made for it. */
    public static Committee keys(int port, long voteId, String anyReader) {
        return keys(port, voteId, anyReader, null);
    }

    /**
     * Only these trustees register a key made here (the others make theirs elsewhere, on the page say); null for all.
     */
    public static Committee keys(int port, long voteId, String anyReader, Set<String> only) {
        Committee committee = new Committee(port, voteId);
        JsonNode vote = Api.as(port, anyReader)
                .get("/api/v1/votes/" + voteId)
                .expect(200)
                .json();
        for (JsonNode trustee : vote.get("committee")) {
            String username = trustee.get("username").asString();
            if (only != null && !only.contains(username)) {
                continue;
            }
            long id = trustee.get("id").asLong();
            KeyShare.Generated key = KeyShare.generate(KeyShare.context(voteId, id));
            Api.Response registered = Api.as(port, username)
                    .post(
                            "/api/v1/votes/" + voteId + "/committee/key",
                            json(
                                    "publicKey",
                                    key.share().publicKey(),
                                    "commitment",
                                    key.share().commitment(),
                                    "response",
                                    key.share().response()));
            registered.expect(200);
            committee.secrets.put(username, key.secret());
            committee.ids.put(username, id);
        }
        return committee;
    }

    /** The trustees whose keys this committee holds. */
    public List<String> trustees() {
        return List.copyOf(secrets.keySet());
    }

    /** One trustee's partial decryption of the totals, as its page would send it. */
    public Api.Response decrypt(String trustee) {
        JsonNode vote =
                Api.as(port, trustee).get("/api/v1/votes/" + voteId).expect(200).json();
        List<Map<String, String>> shares = new ArrayList<>();
        for (JsonNode total : vote.get("encryptedTotals")) {
            PartialDecryption share = PartialDecryption.of(
                    KeyShare.context(voteId, ids.get(trustee)),
                    Group.scalar(secrets.get(trustee)),
                    Ciphertext.of(total.get("a").asString(), total.get("b").asString()));
            shares.add(Map.of(
                    "share",
                    share.share(),
                    "commitmentG",
                    share.commitmentG(),
                    "commitmentA",
                    share.commitmentA(),
                    "response",
                    share.response()));
        }
        return Api.as(port, trustee).post("/api/v1/votes/" + voteId + "/committee/decryption", json("shares", shares));
    }

    /** Every trustee's part: the vote is counted. Returns the vote as it then stands. */
    public JsonNode count() {
        Api.Response last = null;
        for (String trustee : secrets.keySet()) {
            last = decrypt(trustee);
            last.expect(200);
        }
        return last.json();
    }
}
