package vn.thidua.voting.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys, ballots and partial decryptions made by the browser's code (web/ballot, noble-curves;
 * regenerate with {@code node vectors.mjs}) verify here as the server verifies them: the two sides
 * agree on the group, the encodings and every proof's transcript.
 */
class BrowserVectorsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whatTheBrowserMakesTheServerVerifiesAndOpens() throws Exception {
        JsonNode vectors;
        try (InputStream in = getClass().getResourceAsStream("/ballot/browser-vectors.json")) {
            vectors = json.readTree(in);
        }
        long vote = vectors.get("vote").asLong();
        int maxChoices = vectors.get("maxChoices").asInt();
        List<KeyShare> keys = new ArrayList<>();
        for (JsonNode trustee : vectors.get("trustees")) {
            KeyShare key = json.treeToValue(trustee.get("share"), KeyShare.class);
            assertThat(key.verifies(KeyShare.context(vote, trustee.get("id").asLong())))
                    .isTrue();
            keys.add(key);
        }
        String joint = Bulletin.jointKey(keys);
        assertThat(joint).isEqualTo(vectors.get("joint").asString());
        ECPoint key = Group.point(joint);

        Ciphertext[] totals = {Ciphertext.ZERO, Ciphertext.ZERO, Ciphertext.ZERO, Ciphertext.ZERO};
        for (JsonNode each : vectors.get("ballots")) {
            EncryptedBallot ballot = json.treeToValue(each.get("ballot"), EncryptedBallot.class);
            assertThat(ballot.defect(vote, key, 3, maxChoices)).isNull();
            assertThat(ballot.trackingCode(vote))
                    .isEqualTo(each.get("trackingCode").asString());
            for (int i = 0; i < 3; i++) {
                totals[i] = totals[i].add(ballot.options().get(i).ciphertext());
            }
            totals[3] = totals[3].add(ballot.blank().ciphertext());
        }
        int cast = vectors.get("ballots").size();
        for (int i = 0; i < 4; i++) {
            Ciphertext total = totals[i];
            assertThat(total.aHex())
                    .isEqualTo(vectors.get("totals").get(i).get("a").asString());
            List<PartialDecryption> shares = new ArrayList<>();
            for (JsonNode trustee : vectors.get("shares")) {
                long id = trustee.get("trustee").asLong();
                PartialDecryption share = json.treeToValue(trustee.get("shares").get(i), PartialDecryption.class);
                assertThat(share.verifies(
                                KeyShare.context(vote, id),
                                keys.get((int) id - 1).point(),
                                total))
                        .isTrue();
                shares.add(share);
            }
            assertThat(PartialDecryption.open(total, shares, cast))
                    .hasValue(vectors.get("expected").get(i).asInt());
        }
    }
}
