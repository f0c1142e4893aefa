package vn.thidua.voting.domain.ballot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bouncycastle.math.ec.ECPoint;
import org.jspecify.annotations.Nullable;

/**
 * The public record of an encrypted vote once counted: the trustees' keys with their proofs, every
 * ballot by its tracking code, the encrypted totals, each trustee's partial decryption of them with
 * its proof, the counts, and who voted (in alphabetical order: as many ballots as voters, so that
 * a ballot added for someone who did not vote shows as a name the conference knows did not). Anyone can recompute the
 * counts from it ({@link #verify()}) without any secret, and nobody can learn from it what any ballot says.
 */
public record Bulletin(
        long voteId,
        String question,
        List<String> options,
        int maxChoices,
        int electorate,
        List<Trustee> trustees,
        String publicKey,
        List<Ballot> ballots,
        List<Total> totals,
        Total blank,
        List<String> voters) {

    public record Trustee(long id, String name, KeyShare key) {}

    public record Ballot(String trackingCode, EncryptedBallot ballot) {}

    public record Total(String label, String a, String b, Map<Long, PartialDecryption> shares, int count) {}

    public Bulletin {
        options = List.copyOf(options);
        trustees = List.copyOf(trustees);
        ballots = List.copyOf(ballots);
        totals = List.copyOf(totals);
        voters = voters == null ? null : List.copyOf(voters);
    }

    /** A defect found by the verifier, with its stable code and what it means in Vietnamese. */
    public record Finding(String code, String message) {}

    /** Every defect of the bulletin; empty when its counts follow from its ballots and proofs. */
    public List<Finding> verify() {
        List<Finding> findings = new ArrayList<>();
        ECPoint joint = null;
        try {
            if (trustees.size() < 2) {
                findings.add(new Finding("TRUSTEES", "Ban kiểm phiếu phải có ít nhất hai thành viên giữ khóa."));
            }
            for (Trustee trustee : trustees) {
                if (!trustee.key().verifies(KeyShare.context(voteId, trustee.id()))) {
                    findings.add(
                            new Finding("TRUSTEE_KEY", "Khóa của " + trustee.name() + " không kèm chứng minh hợp lệ."));
                }
                joint = joint == null
                        ? trustee.key().point()
                        : joint.add(trustee.key().point()).normalize();
            }
            if (joint == null || !Group.hex(joint).equals(publicKey)) {
                findings.add(new Finding(
                        "PUBLIC_KEY", "Khóa công khai của cuộc bỏ phiếu không phải tổng các khóa của Ban kiểm phiếu."));
                return findings;
            }
            Set<String> codes = new HashSet<>();
            Ciphertext[] sums = new Ciphertext[options.size()];
            Arrays.fill(sums, Ciphertext.ZERO);
            Ciphertext blanks = Ciphertext.ZERO;
            for (Ballot ballot : ballots) {
                String defect = ballot.ballot().defect(voteId, joint, options.size(), maxChoices);
                if (defect != null) {
                    findings.add(new Finding(
                            "BALLOT_PROOF", "Phiếu " + ballot.trackingCode() + " không hợp lệ (" + defect + ")."));
                    continue;
                }
                if (!ballot.ballot().trackingCode(voteId).equals(ballot.trackingCode())
                        || !codes.add(ballot.trackingCode())) {
                    findings.add(new Finding(
                            "TRACKING_CODE",
                            "Mã theo dõi " + ballot.trackingCode() + " không khớp với phiếu hoặc bị lặp."));
                }
                for (int i = 0; i < options.size(); i++) {
                    sums[i] = sums[i].add(ballot.ballot().options().get(i).ciphertext());
                }
                blanks = blanks.add(ballot.ballot().blank().ciphertext());
            }
            if (voters == null || voters.size() != ballots.size()) {
                findings.add(new Finding(
                        "VOTERS",
                        "Số phiếu trong hộp (" + ballots.size() + ") khác số người đã bỏ phiếu ("
                                + (voters == null ? "không có danh sách" : voters.size()) + ")."));
            }
            if (totals.size() != options.size()) {
                findings.add(new Finding("TOTALS", "Số tổng mã hóa không bằng số phương án."));
                return findings;
            }
            for (int i = 0; i < options.size(); i++) {
                checkTotal(totals.get(i), sums[i], joint, findings);
            }
            checkTotal(blank, blanks, joint, findings);
        } catch (IllegalArgumentException malformed) {
            findings.add(new Finding("MALFORMED", "Bảng công bố có giá trị không đọc được: " + malformed.getMessage()));
        }
        return findings;
    }

    private void checkTotal(Total total, Ciphertext sum, ECPoint joint, List<Finding> findings) {
        if (ballots.isEmpty()) {
            if (total.count() != 0) {
                findings.add(new Finding(
                        "COUNT", "Không có phiếu nào mà \"" + total.label() + "\" có " + total.count() + " phiếu."));
            }
            return;
        }
        if (!sum.aHex().equals(total.a()) || !sum.bHex().equals(total.b())) {
            findings.add(
                    new Finding("TOTAL_SUM", "Tổng mã hóa của \"" + total.label() + "\" không phải tổng các phiếu."));
            return;
        }
        Map<Long, Trustee> byId = trustees.stream().collect(Collectors.toMap(Trustee::id, Function.identity()));
        if (!total.shares().keySet().equals(byId.keySet())) {
            findings.add(new Finding(
                    "SHARES", "Thiếu phần giải mã của thành viên Ban kiểm phiếu cho \"" + total.label() + "\"."));
            return;
        }
        for (Map.Entry<Long, PartialDecryption> share : total.shares().entrySet()) {
            // the key sets were compared above: every share has its trustee
            Trustee trustee = Objects.requireNonNull(byId.get(share.getKey()));
            if (!share.getValue()
                    .verifies(
                            KeyShare.context(voteId, trustee.id()),
                            trustee.key().point(),
                            sum)) {
                findings.add(new Finding(
                        "SHARE_PROOF",
                        "Phần giải mã của " + trustee.name() + " cho \"" + total.label()
                                + "\" không kèm chứng minh hợp lệ."));
                return;
            }
        }
        OptionalInt count =
                PartialDecryption.open(sum, List.copyOf(total.shares().values()), ballots.size());
        if (count.isEmpty() || count.getAsInt() != total.count()) {
            findings.add(new Finding(
                    "COUNT",
                    "Số phiếu công bố của \"" + total.label() + "\" (" + total.count()
                            + ") không khớp với kết quả giải mã tổng."));
        }
    }

    /** The joint public key of a committee: the sum of its trustees' keys. */
    public static @Nullable String jointKey(List<KeyShare> keys) {
        ECPoint joint = null;
        for (KeyShare key : keys) {
            joint = joint == null ? key.point() : joint.add(key.point()).normalize();
        }
        return joint == null ? null : Group.hex(joint);
    }
}
