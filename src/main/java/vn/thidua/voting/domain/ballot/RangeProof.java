package vn.thidua.voting.domain.ballot;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A zero-knowledge proof that a ciphertext encrypts one of the counts lo … hi without saying which:
 * a disjunction of Chaum–Pedersen proofs (as in Helios and ElectionGuard), one branch per count,
 * all simulated but the true one, made non-interactive by Fiat–Shamir over the context, the key,
 * the ciphertext and every commitment. Used for "this option is 0 or 1" and "the ballot marks
 * between 1 and k options, or is blank".
 *
 * @param branches one per count from lo to hi: commitments (a, b), challenge c, response v
 */
public record RangeProof(int lo, int hi, List<Branch> branches) {

    public record Branch(String a, String b, String c, String v) {}

    static final String LABEL = "thidua-range-v1";

    public RangeProof {
        branches = List.copyOf(branches);
    }

    /** Proves that {@code ciphertext = encrypt(key, m, r)} with lo ≤ m ≤ hi. */
    public static RangeProof prove(
            String context, ECPoint key, Ciphertext ciphertext, int m, BigInteger r, int lo, int hi) {
        if (m < lo || m > hi) {
            throw new IllegalArgumentException("the count " + m + " is outside " + lo + "…" + hi);
        }
        int size = hi - lo + 1;
        ECPoint[] as = new ECPoint[size];
        ECPoint[] bs = new ECPoint[size];
        BigInteger[] cs = new BigInteger[size];
        BigInteger[] vs = new BigInteger[size];
        BigInteger w = Group.randomScalar();
        BigInteger simulated = BigInteger.ZERO;
        for (int i = 0; i < size; i++) {
            if (lo + i == m) {
                as[i] = Group.base(w);
                bs[i] = key.multiply(w).normalize();
            } else {
                cs[i] = Group.randomScalar();
                vs[i] = Group.randomScalar();
                // a = v·G − c·A ; b = v·K − c·(B − j·G)
                as[i] = Group.sum(Group.G, vs[i], ciphertext.a(), cs[i].negate());
                ECPoint shifted = ciphertext.b().subtract(Group.count(lo + i)).normalize();
                bs[i] = Group.sum(key, vs[i], shifted, cs[i].negate());
                simulated = simulated.add(cs[i]);
            }
        }
        BigInteger c = challenge(context, key, ciphertext, lo, hi, as, bs);
        int real = m - lo;
        cs[real] = c.subtract(simulated).mod(Group.N);
        vs[real] = w.add(cs[real].multiply(r)).mod(Group.N);
        List<Branch> branches = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            branches.add(new Branch(Group.hex(as[i]), Group.hex(bs[i]), Group.hex(cs[i]), Group.hex(vs[i])));
        }
        return new RangeProof(lo, hi, branches);
    }

    /** True when the proof holds for this ciphertext under this key and context for the counts lo … hi. */
    public boolean verifies(String context, ECPoint key, Ciphertext ciphertext, int expectedLo, int expectedHi) {
        if (lo != expectedLo || hi != expectedHi || branches.size() != hi - lo + 1) {
            return false;
        }
        try {
            int size = branches.size();
            ECPoint[] as = new ECPoint[size];
            ECPoint[] bs = new ECPoint[size];
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < size; i++) {
                Branch branch = branches.get(i);
                as[i] = Group.point(branch.a());
                bs[i] = Group.point(branch.b());
                BigInteger c = Group.scalar(branch.c());
                BigInteger v = Group.scalar(branch.v());
                // v·G = a + c·A  and  v·K = b + c·(B − j·G)
                if (!Group.sum(Group.G, v, ciphertext.a(), c.negate()).equals(as[i])) {
                    return false;
                }
                ECPoint shifted = ciphertext.b().subtract(Group.count(lo + i)).normalize();
                if (!Group.sum(key, v, shifted, c.negate()).equals(bs[i])) {
                    return false;
                }
                sum = sum.add(c);
            }
            return sum.mod(Group.N).equals(challenge(context, key, ciphertext, lo, hi, as, bs));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static BigInteger challenge(
            String context, ECPoint key, Ciphertext ciphertext, int lo, int hi, ECPoint[] as, ECPoint[] bs) {
        List<String> parts = new ArrayList<>(List.of(
                context,
                Group.hex(key),
                ciphertext.aHex(),
                ciphertext.bHex(),
                Integer.toString(lo),
                Integer.toString(hi)));
        for (int i = 0; i < as.length; i++) {
            parts.add(Group.hex(as[i]));
            parts.add(Group.hex(bs[i]));
        }
        return Group.challenge(LABEL, parts.toArray(String[]::new));
    }
}
