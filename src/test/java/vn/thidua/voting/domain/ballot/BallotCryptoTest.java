package vn.thidua.voting.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * The ballot's cryptography end to end: keys, ballots and their proofs, totals opened by every trustee, the bulletin.
 */
class BallotCryptoTest {

    private static final long VOTE = 41;

    @Test
    void threeTrusteesOpenTheTotalsOfTenBallotsAndTheBulletinVerifies() {
        Committee committee = new Committee(3);
        List<Set<Integer>> choices = List.of(
                Set.of(0),
                Set.of(0, 2),
                Set.of(),
                Set.of(1),
                Set.of(0),
                Set.of(2),
                Set.of(0, 1),
                Set.of(),
                Set.of(0),
                Set.of(1, 2));
        List<EncryptedBallot> ballots = choices.stream()
                .map(c -> EncryptedBallot.encrypt(VOTE, committee.key, 3, 2, c))
                .toList();
        ballots.forEach(b -> assertThat(b.defect(VOTE, committee.key, 3, 2)).isNull());

        Bulletin bulletin = committee.bulletin(ballots, 3, 2);
        assertThat(bulletin.totals()).extracting(Bulletin.Total::count).containsExactly(5, 3, 3);
        assertThat(bulletin.blank().count()).isEqualTo(2);
        assertThat(bulletin.verify()).isEmpty();
    }

    @Test
    void aBallotThatEncryptsTwoForAnOptionOrMarksTooManyIsRefused() {
        Committee committee = new Committee(2);
        String context = EncryptedBallot.context(VOTE);
        ECPoint key = committee.key;
        // an option encrypting 2 cannot carry a valid 0-or-1 proof: forge one for 1 and swap the ciphertext
        EncryptedBallot honest = EncryptedBallot.encrypt(VOTE, key, 3, 1, Set.of(1));
        BigInteger r = Group.randomScalar();
        Ciphertext two = Ciphertext.encrypt(key, 2, r);
        List<EncryptedBallot.Choice> options = new ArrayList<>(honest.options());
        options.set(
                1,
                new EncryptedBallot.Choice(
                        two.aHex(), two.bHex(), honest.options().get(1).proof()));
        assertThat(new EncryptedBallot(options, honest.blank(), honest.count()).defect(VOTE, key, 3, 1))
                .isEqualTo("OPTION_NOT_ZERO_OR_ONE");
        // nor can a prover make one: the true branch must be one of the counts proved
        Assertions.assertThatThrownBy(() -> RangeProof.prove(context, key, two, 2, r, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);

        // two options marked where one is allowed: each option's proof holds, the count proof cannot
        EncryptedBallot two1 = EncryptedBallot.encrypt(VOTE, key, 3, 2, Set.of(0, 1));
        assertThat(two1.defect(VOTE, key, 3, 1)).isEqualTo("TOO_MANY_CHOICES");
        // a blank flag beside a marked option
        EncryptedBallot marked = EncryptedBallot.encrypt(VOTE, key, 3, 1, Set.of(0));
        EncryptedBallot blank = EncryptedBallot.encrypt(VOTE, key, 3, 1, Set.of());
        assertThat(new EncryptedBallot(marked.options(), blank.blank(), marked.count()).defect(VOTE, key, 3, 1))
                .isEqualTo("TOO_MANY_CHOICES");
        // a ballot read by someone and cast again with its options swapped (the opposite choice, same sum)
        EncryptedBallot target = EncryptedBallot.encrypt(VOTE, key, 2, 1, Set.of(0));
        EncryptedBallot swapped = new EncryptedBallot(
                List.of(target.options().get(1), target.options().get(0)), target.blank(), target.count());
        assertThat(swapped.defect(VOTE, key, 2, 1))
                .as("each proof is bound to its place")
                .isEqualTo("OPTION_NOT_ZERO_OR_ONE");
        // the same ballot spelt in upper case: refused, so that a copy cannot get a tracking code of its own
        EncryptedBallot.Choice first = target.options().get(0);
        EncryptedBallot respelt = new EncryptedBallot(
                List.of(
                        new EncryptedBallot.Choice(first.a().toUpperCase(), first.b(), first.proof()),
                        target.options().get(1)),
                target.blank(),
                target.count());
        assertThat(respelt.defect(VOTE, key, 2, 1)).isEqualTo("BALLOT_SHAPE");
        // a ballot made for another vote does not verify here
        assertThat(EncryptedBallot.encrypt(VOTE + 1, key, 3, 1, Set.of(0)).defect(VOTE, key, 3, 1))
                .isNotNull();
    }

    @Test
    void aKeyWithoutProofAndATamperedBulletinAreFound() {
        Committee committee = new Committee(2);
        KeyShare stolen = new KeyShare(
                committee.trustees.get(0).key().publicKey(),
                committee.trustees.get(1).key().commitment(),
                committee.trustees.get(1).key().response());
        assertThat(stolen.verifies(KeyShare.context(VOTE, 1))).isFalse();
        assertThat(committee.trustees.get(0).key().verifies(KeyShare.context(VOTE + 1, 1)))
                .as("bound to its vote")
                .isFalse();

        List<EncryptedBallot> ballots = List.of(
                EncryptedBallot.encrypt(VOTE, committee.key, 2, 1, Set.of(0)),
                EncryptedBallot.encrypt(VOTE, committee.key, 2, 1, Set.of(1)),
                EncryptedBallot.encrypt(VOTE, committee.key, 2, 1, Set.of(0)));
        Bulletin bulletin = committee.bulletin(ballots, 2, 1);
        assertThat(bulletin.verify()).isEmpty();

        // a count changed
        List<Bulletin.Total> totals = new ArrayList<>(bulletin.totals());
        Bulletin.Total first = totals.get(0);
        totals.set(0, new Bulletin.Total(first.label(), first.a(), first.b(), first.shares(), first.count() + 1));
        assertThat(with(bulletin, bulletin.ballots(), totals).verify())
                .extracting(Bulletin.Finding::code)
                .contains("COUNT");
        // a ballot dropped
        assertThat(with(bulletin, bulletin.ballots().subList(0, 2), bulletin.totals())
                        .verify())
                .extracting(Bulletin.Finding::code)
                .contains("TOTAL_SUM");
        // a ballot added for someone who did not vote: one more ballot than voters
        assertThat(new Bulletin(
                                bulletin.voteId(),
                                bulletin.question(),
                                bulletin.options(),
                                bulletin.maxChoices(),
                                bulletin.electorate(),
                                bulletin.trustees(),
                                bulletin.publicKey(),
                                bulletin.ballots(),
                                bulletin.totals(),
                                bulletin.blank(),
                                bulletin.voters().subList(0, 2))
                        .verify())
                .extracting(Bulletin.Finding::code)
                .contains("VOTERS");
        // a trustee's share missing
        Map<Long, PartialDecryption> fewer = new HashMap<>(first.shares());
        fewer.remove(1L);
        totals = new ArrayList<>(bulletin.totals());
        totals.set(0, new Bulletin.Total(first.label(), first.a(), first.b(), fewer, first.count()));
        assertThat(with(bulletin, bulletin.ballots(), totals).verify())
                .extracting(Bulletin.Finding::code)
                .contains("SHARES");
    }

    private static Bulletin with(Bulletin b, List<Bulletin.Ballot> ballots, List<Bulletin.Total> totals) {
        return new Bulletin(
                b.voteId(),
                b.question(),
                b.options(),
                b.maxChoices(),
                b.electorate(),
                b.trustees(),
                b.publicKey(),
                ballots,
                totals,
                b.blank(),
                b.voters());
    }

    /** A counting committee whose secrets the test holds, as each trustee would on its own device. */
    private static final class Committee {
        final List<Bulletin.Trustee> trustees = new ArrayList<>();
        final Map<Long, BigInteger> secrets = new HashMap<>();
        final ECPoint key;

        Committee(int size) {
            for (long id = 1; id <= size; id++) {
                KeyShare.Generated generated = KeyShare.generate(KeyShare.context(VOTE, id));
                assertThat(generated.share().verifies(KeyShare.context(VOTE, id)))
                        .isTrue();
                trustees.add(new Bulletin.Trustee(id, "Thành viên " + id, generated.share()));
                secrets.put(id, Group.scalar(generated.secret()));
            }
            key = Group.point(Bulletin.jointKey(
                    trustees.stream().map(Bulletin.Trustee::key).toList()));
        }

        Bulletin bulletin(List<EncryptedBallot> ballots, int optionCount, int maxChoices) {
            List<Bulletin.Total> totals = new ArrayList<>();
            for (int i = 0; i < optionCount; i++) {
                int option = i;
                totals.add(total(
                        "Phương án " + i,
                        ballots.stream().map(b -> b.options().get(option).ciphertext()),
                        ballots.size()));
            }
            Bulletin.Total blank =
                    total("Phiếu trắng", ballots.stream().map(b -> b.blank().ciphertext()), ballots.size());
            return new Bulletin(
                    VOTE,
                    "Câu hỏi",
                    totals.stream().map(Bulletin.Total::label).toList(),
                    maxChoices,
                    10,
                    trustees,
                    Group.hex(key),
                    ballots.stream()
                            .map(b -> new Bulletin.Ballot(b.trackingCode(VOTE), b))
                            .toList(),
                    totals,
                    blank,
                    IntStream.range(0, ballots.size())
                            .mapToObj(i -> "Đơn vị " + i)
                            .toList());
        }

        private Bulletin.Total total(String label, Stream<Ciphertext> ciphertexts, int cast) {
            Ciphertext sum = ciphertexts.reduce(Ciphertext.ZERO, Ciphertext::add);
            Map<Long, PartialDecryption> shares = new HashMap<>();
            secrets.forEach((id, x) -> shares.put(id, PartialDecryption.of(KeyShare.context(VOTE, id), x, sum)));
            int count = PartialDecryption.open(sum, List.copyOf(shares.values()), cast)
                    .orElseThrow();
            return new Bulletin.Total(label, sum.aHex(), sum.bHex(), shares, count);
        }
    }
}
