package vn.thidua.voting.domain.ballot;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.math.ec.ECPoint;
import org.jspecify.annotations.Nullable;

/**
 * A ballot as the server receives and keeps it: one ciphertext per option (1 if marked, else 0),
 * one for "blank" (1 if nothing is marked), each with a proof that it is 0 or 1, and a proof that
 * "options marked + k × blank" is between 1 and k, k being the most options a ballot may mark:
 * so a ballot marks 1 … k options, or none and is then blank. Nobody can tell what it says; every
 * one can check that it is well formed.
 */
public record EncryptedBallot(List<Choice> options, Choice blank, RangeProof count) {

    public record Choice(String a, String b, RangeProof proof) {

        public Ciphertext ciphertext() {
            return Ciphertext.of(a, b);
        }
    }

    static final String TRACKING = "thidua-tracking-v1";

    public EncryptedBallot {
        options = List.copyOf(options);
    }

    /** Context of every ballot proof of a vote. */
    public static String context(long voteId) {
        return "vote:" + voteId;
    }

    /*
     * Each proof is bound to its place on the ballot: without it, a ballot whose options were swapped
     * (which keeps their sum) would verify, and an elector could cast the opposite of someone's
     * ballot it had read, cancelling it.
     */
    static String optionContext(String context, int position) {
        return context + ":option:" + position;
    }

    static String blankContext(String context) {
        return context + ":blank";
    }

    static String countContext(String context) {
        return context + ":count";
    }

    /**
     * Encrypts the marked options (by position) under the vote's key, with its proofs: the server's path for scripts
     * and written opinions.
     */
    public static EncryptedBallot encrypt(
            long voteId, ECPoint key, int optionCount, int maxChoices, Set<Integer> marked) {
        if (marked.size() > maxChoices || marked.stream().anyMatch(i -> i < 0 || i >= optionCount)) {
            throw new IllegalArgumentException("not a valid choice");
        }
        String context = context(voteId);
        List<Choice> options = new ArrayList<>();
        BigInteger sumR = BigInteger.ZERO;
        Ciphertext sum = Ciphertext.ZERO;
        for (int i = 0; i < optionCount; i++) {
            int m = marked.contains(i) ? 1 : 0;
            BigInteger r = Group.randomScalar();
            Ciphertext c = Ciphertext.encrypt(key, m, r);
            options.add(
                    new Choice(c.aHex(), c.bHex(), RangeProof.prove(optionContext(context, i), key, c, m, r, 0, 1)));
            sum = sum.add(c);
            sumR = sumR.add(r);
        }
        int blankValue = marked.isEmpty() ? 1 : 0;
        BigInteger blankR = Group.randomScalar();
        Ciphertext blank = Ciphertext.encrypt(key, blankValue, blankR);
        Choice blankChoice = new Choice(
                blank.aHex(),
                blank.bHex(),
                RangeProof.prove(blankContext(context), key, blank, blankValue, blankR, 0, 1));
        Ciphertext combined = sum.add(blank.times(maxChoices));
        BigInteger combinedR =
                sumR.add(blankR.multiply(BigInteger.valueOf(maxChoices))).mod(Group.N);
        RangeProof count = RangeProof.prove(
                countContext(context),
                key,
                combined,
                marked.size() + maxChoices * blankValue,
                combinedR,
                1,
                maxChoices);
        return new EncryptedBallot(options, blankChoice, count);
    }

    /** Why a ballot is not accepted, or null when every proof holds. */
    public @Nullable String defect(long voteId, ECPoint key, int optionCount, int maxChoices) {
        if (options.size() != optionCount || blank == null || count == null) {
            return "BALLOT_SHAPE";
        }
        String context = context(voteId);
        Ciphertext sum = Ciphertext.ZERO;
        try {
            for (int i = 0; i < options.size(); i++) {
                Choice option = options.get(i);
                Ciphertext c = option.ciphertext();
                if (option.proof() == null || !option.proof().verifies(optionContext(context, i), key, c, 0, 1)) {
                    return "OPTION_NOT_ZERO_OR_ONE";
                }
                sum = sum.add(c);
            }
            Ciphertext blankCipher = blank.ciphertext();
            if (blank.proof() == null || !blank.proof().verifies(blankContext(context), key, blankCipher, 0, 1)) {
                return "OPTION_NOT_ZERO_OR_ONE";
            }
            if (!count.verifies(countContext(context), key, sum.add(blankCipher.times(maxChoices)), 1, maxChoices)) {
                return "TOO_MANY_CHOICES";
            }
        } catch (IllegalArgumentException malformed) {
            return "BALLOT_SHAPE";
        }
        return null;
    }

    /**
     * The ballot's tracking code: SHA-256 of its ciphertexts. The voter keeps it and finds it on
     * the bulletin after closing; it says nothing of the choice.
     */
    public String trackingCode(long voteId) {
        List<String> parts = new ArrayList<>(List.of(context(voteId)));
        for (Choice option : options) {
            parts.add(option.a());
            parts.add(option.b());
        }
        parts.add(blank.a());
        parts.add(blank.b());
        return HexFormat.of().formatHex(Group.sha256(TRACKING + "|" + String.join("|", parts)));
    }
}
