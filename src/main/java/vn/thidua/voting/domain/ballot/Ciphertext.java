package vn.thidua.voting.domain.ballot;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An exponential ElGamal ciphertext of a small count m under the public key K: (r·G, m·G + r·K).
 * Two ciphertexts add up to the ciphertext of the sum, which is how ballots are counted without
 * ever being opened.
 */
public record Ciphertext(ECPoint a, ECPoint b) {

    public static Ciphertext encrypt(ECPoint publicKey, long m, BigInteger r) {
        return new Ciphertext(
                Group.base(r), Group.count(m).add(publicKey.multiply(r)).normalize());
    }

    public static final Ciphertext ZERO = new Ciphertext(Group.IDENTITY, Group.IDENTITY);

    public Ciphertext add(Ciphertext other) {
        return new Ciphertext(a.add(other.a).normalize(), b.add(other.b).normalize());
    }

    public Ciphertext times(long k) {
        if (k == 1) {
            return this;
        }
        BigInteger factor = BigInteger.valueOf(k);
        return new Ciphertext(a.multiply(factor).normalize(), b.multiply(factor).normalize());
    }

    public String aHex() {
        return Group.hex(a);
    }

    public String bHex() {
        return Group.hex(b);
    }

    public static Ciphertext of(String a, String b) {
        return new Ciphertext(Group.point(a), Group.point(b));
    }
}
