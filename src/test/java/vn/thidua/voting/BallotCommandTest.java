package vn.thidua.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.voting.domain.ballot.Bulletin;
import vn.thidua.voting.domain.ballot.Ciphertext;
import vn.thidua.voting.domain.ballot.EncryptedBallot;
import vn.thidua.voting.domain.ballot.Group;
import vn.thidua.voting.domain.ballot.KeyShare;
import vn.thidua.voting.domain.ballot.PartialDecryption;

/**
 * The offline tools as a trustee and an observer use them: two trustees make their keys with
 * {@code trustee keygen}, open the totals of a box with {@code trustee decrypt}; {@code verify-vote}
 * accepts the bulletin and names a tampered one.
 */
class BallotCommandTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void trusteesWorkOfflineAndTheVerifierNamesATamperedBulletin() throws Exception {
        long vote = 12;
        List<KeyShare> shares = new ArrayList<>();
        for (long trustee = 1; trustee <= 2; trustee++) {
            Path keyFile = dir.resolve("key-" + trustee + ".json");
            Run keygen = run(
                    "trustee",
                    "keygen",
                    "--vote",
                    String.valueOf(vote),
                    "--trustee",
                    String.valueOf(trustee),
                    "--out",
                    keyFile.toString());
            assertThat(keygen.status).isZero();
            KeyShare share = json.readValue(keygen.out.strip(), KeyShare.class);
            assertThat(share.verifies(KeyShare.context(vote, trustee))).isTrue();
            assertThat(keygen.out)
                    .doesNotContain(json.readTree(Files.readString(keyFile))
                            .get("secret")
                            .asString());
            assertThat(Files.getPosixFilePermissions(keyFile)).hasSize(2);
            shares.add(share);
        }
        var key = Group.point(Bulletin.jointKey(shares));
        List<EncryptedBallot> ballots = List.of(
                EncryptedBallot.encrypt(vote, key, 2, 1, Set.of(0)),
                EncryptedBallot.encrypt(vote, key, 2, 1, Set.of(0)),
                EncryptedBallot.encrypt(vote, key, 2, 1, Set.of()));
        List<List<Map<String, String>>> box = new ArrayList<>();
        for (EncryptedBallot b : ballots) {
            List<Map<String, String>> row = new ArrayList<>();
            b.options().forEach(o -> row.add(Map.of("a", o.a(), "b", o.b())));
            row.add(Map.of("a", b.blank().a(), "b", b.blank().b()));
            box.add(row);
        }
        Path boxFile = dir.resolve("box.json");
        Files.writeString(boxFile, json.writeValueAsString(box));

        // each trustee opens its part of the totals it adds up itself
        List<Map<Long, PartialDecryption>> parts = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (long trustee = 1; trustee <= 2; trustee++) {
            Run decrypt = run(
                    "trustee",
                    "decrypt",
                    "--key",
                    dir.resolve("key-" + trustee + ".json").toString(),
                    "--box",
                    boxFile.toString());
            assertThat(decrypt.status).isZero();
            JsonNode list = json.readTree(decrypt.out.strip());
            for (int i = 0; i < 3; i++) {
                parts.get(i).put(trustee, json.treeToValue(list.get(i), PartialDecryption.class));
            }
        }
        List<Bulletin.Total> totals = new ArrayList<>();
        String[] labels = {"Đồng ý", "Không đồng ý", "Phiếu trắng"};
        for (int i = 0; i < 3; i++) {
            int index = i;
            Ciphertext sum = ballots.stream()
                    .map(b -> index < 2
                            ? b.options().get(index).ciphertext()
                            : b.blank().ciphertext())
                    .reduce(Ciphertext.ZERO, Ciphertext::add);
            int count = PartialDecryption.open(sum, List.copyOf(parts.get(i).values()), 3)
                    .orElseThrow();
            totals.add(new Bulletin.Total(labels[i], sum.aHex(), sum.bHex(), parts.get(i), count));
        }
        assertThat(totals).extracting(Bulletin.Total::count).containsExactly(2, 0, 1);
        Bulletin bulletin = new Bulletin(
                vote,
                "Câu hỏi",
                List.of("Đồng ý", "Không đồng ý"),
                1,
                5,
                List.of(new Bulletin.Trustee(1, "Một", shares.get(0)), new Bulletin.Trustee(2, "Hai", shares.get(1))),
                Group.hex(key),
                ballots.stream()
                        .map(b -> new Bulletin.Ballot(b.trackingCode(vote), b))
                        .toList(),
                totals.subList(0, 2),
                totals.get(2),
                List.of("Sở A", "Sở B", "Sở C"));
        Path file = dir.resolve("bulletin.json");
        Files.writeString(file, json.writeValueAsString(bulletin));
        Run verified = run("verify-vote", file.toString());
        assertThat(verified.status).as(verified.err).isZero();
        assertThat(verified.out).contains("Đã kiểm chứng").contains("Đồng ý: 2").contains("Phiếu trắng: 1");

        // one more "Đồng ý" written into the bulletin
        Files.writeString(file, Files.readString(file).replace("\"count\":2", "\"count\":3"));
        Run tampered = run("verify-vote", file.toString());
        assertThat(tampered.status).isEqualTo(1);
        assertThat(tampered.err).contains("KHÔNG khớp").contains("[COUNT]");
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String name, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BallotCommand.run(
                name,
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
