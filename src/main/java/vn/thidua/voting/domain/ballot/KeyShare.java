package vn.thidua.voting.domain.ballot;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A trustee's share of a vote's key. The secret x stays on the trustee's device; the server gets
 * the public part X = x·G with a Schnorr proof that whoever registers X knows x (so no trustee can
 * pick its share to cancel the others'), bound to the vote and the trustee.
 */
public record KeyShare(String publicKey, String commitment, String response) {

    static final String LABEL = "thidua-key-v1";

    /** Context of a trustee's key: the vote and the trustee's place on its committee. */
    public static String context(long voteId, long trusteeId) {
        return "vote:" + voteId + ":trustee:" + trusteeId;
    }

    /** A new secret and its registrable public part. */
    public static Generated generate(String context) {
        BigInteger x = Group.randomScalar();
        return new Generated(Group.hex(x), prove(context, x));
    }

    public record Generated(String secret, KeyShare share) {}

    public static KeyShare prove(String context, BigInteger x) {
        ECPoint publicKey = Group.base(x);
        BigInteger k = Group.randomScalar();
        ECPoint t = Group.base(k);
        BigInteger c = Group.challenge(LABEL, context, Group.hex(publicKey), Group.hex(t));
        return new KeyShare(
                Group.hex(publicKey),
                Group.hex(t),
                Group.hex(k.add(c.multiply(x)).mod(Group.N)));
    }

    public boolean verifies(String context) {
        try {
            ECPoint x = Group.point(publicKey);
            ECPoint t = Group.point(commitment);
            BigInteger s = Group.scalar(response);
            BigInteger c = Group.challenge(LABEL, context, publicKey, commitment);
            // s·G − c·X = T
            return Group.sum(Group.G, s, x, c.negate()).equals(t);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public ECPoint point() {
        return Group.point(publicKey);
    }
}
