package vn.thidua.voting.domain.ballot;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;
import org.bouncycastle.math.ec.ECPoint;

/**
 * One trustee's part in opening a total: D = x·A for the total's ciphertext (A, B), with a
 * Chaum–Pedersen proof that the same x is behind its registered key X = x·G. With every trustee's
 * D, the total is B − ΣD = m·G, and m is found by counting up (m is at most the ballots cast).
 */
public record PartialDecryption(String share, String commitmentG, String commitmentA, String response) {

    static final String LABEL = "thidua-decrypt-v1";

    public static PartialDecryption of(String context, BigInteger x, Ciphertext total) {
        ECPoint publicKey = Group.base(x);
        ECPoint d = total.a().multiply(x).normalize();
        BigInteger k = Group.randomScalar();
        ECPoint t1 = Group.base(k);
        ECPoint t2 = total.a().multiply(k).normalize();
        BigInteger c = Group.challenge(
                LABEL, context, Group.hex(publicKey), total.aHex(), Group.hex(d), Group.hex(t1), Group.hex(t2));
        return new PartialDecryption(
                Group.hex(d),
                Group.hex(t1),
                Group.hex(t2),
                Group.hex(k.add(c.multiply(x)).mod(Group.N)));
    }

    public boolean verifies(String context, ECPoint publicKey, Ciphertext total) {
        try {
            ECPoint d = Group.point(share);
            ECPoint t1 = Group.point(commitmentG);
            ECPoint t2 = Group.point(commitmentA);
            BigInteger s = Group.scalar(response);
            BigInteger c = Group.challenge(
                    LABEL, context, Group.hex(publicKey), total.aHex(), share, commitmentG, commitmentA);
            return Group.sum(Group.G, s, publicKey, c.negate()).equals(t1)
                    && Group.sum(total.a(), s, d, c.negate()).equals(t2);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public ECPoint point() {
        return Group.point(share);
    }

    /** The count m of a total from every trustee's share: B − ΣD = m·G, m at most {@code max}; empty if none fits. */
    public static OptionalInt open(Ciphertext total, List<PartialDecryption> shares, int max) {
        ECPoint rest = total.b();
        for (PartialDecryption share : shares) {
            rest = rest.subtract(share.point());
        }
        rest = rest.normalize();
        ECPoint candidate = Group.IDENTITY;
        for (int m = 0; m <= max; m++) {
            if (candidate.equals(rest)) {
                return OptionalInt.of(m);
            }
            candidate = candidate.add(Group.G).normalize();
        }
        return OptionalInt.empty();
    }
}
