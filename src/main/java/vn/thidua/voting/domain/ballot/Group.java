package vn.thidua.voting.domain.ballot;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The group the ballots are encrypted in: NIST P-256 (secp256r1) as BouncyCastle implements it,
 * and the encodings the browser's code (noble-curves) uses too: a point as its SEC1 compressed form
 * in lower-case hex, a scalar as 64 lower-case hex digits, a challenge as SHA-256 of the labelled,
 * "|"-joined hex strings reduced modulo the group order (the Fiat–Shamir heuristic).
 */
public final class Group {

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The generator. */
    public static final ECPoint G = CURVE.getG().normalize();
    /** The group order. */
    public static final BigInteger N = CURVE.getN();

    public static final ECPoint IDENTITY = CURVE.getCurve().getInfinity();
    /**
     * BouncyCastle's comb for a fixed point: its table for G is built once, then k·G costs about half a general
     * multiplication.
     */
    private static final FixedPointCombMultiplier FIXED = new FixedPointCombMultiplier();

    private static final Pattern CANONICAL_POINT = Pattern.compile("0[23][0-9a-f]{64}");
    private static final Pattern CANONICAL_SCALAR = Pattern.compile("[0-9a-f]{64}");

    private Group() {}

    /** A scalar drawn uniformly from 1 … N−1. */
    public static BigInteger randomScalar() {
        BigInteger k;
        do {
            k = new BigInteger(N.bitLength() + 64, RANDOM).mod(N);
        } while (k.signum() == 0);
        return k;
    }

    public static ECPoint base(BigInteger k) {
        return FIXED.multiply(G, k.mod(N)).normalize();
    }

    /** a·P + b·Q in one pass (the checks of every proof have this form). */
    public static ECPoint sum(ECPoint p, BigInteger a, ECPoint q, BigInteger b) {
        return ECAlgorithms.sumOfTwoMultiplies(p, a.mod(N), q, b.mod(N)).normalize();
    }

    /** m·G for a small count m. */
    public static ECPoint count(long m) {
        return m == 0 ? IDENTITY : G.multiply(BigInteger.valueOf(m)).normalize();
    }

    public static String hex(ECPoint p) {
        return HexFormat.of().formatHex(p.getEncoded(true));
    }

    public static String hex(BigInteger k) {
        String digits = k.mod(N).toString(16);
        return "0".repeat(64 - digits.length()) + digits;
    }

    /**
     * A point from its hex form; refused (IllegalArgumentException) unless it is a valid point of the
     * curve other than the identity.
     */
    public static ECPoint point(String hex) {
        // one spelling per point (lower case, compressed): a ballot copied with another spelling would
        // otherwise get a tracking code of its own
        if (hex == null || !CANONICAL_POINT.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a compressed P-256 point in lower-case hex");
        }
        ECPoint p = CURVE.getCurve().decodePoint(HexFormat.of().parseHex(hex)).normalize();
        if (p.isInfinity() || !p.isValid()) {
            throw new IllegalArgumentException("not a point of P-256");
        }
        return p;
    }

    /** A scalar from its 64 hex digits; refused unless below the group order. */
    public static BigInteger scalar(String hex) {
        if (hex == null || !CANONICAL_SCALAR.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a scalar in lower-case hex");
        }
        BigInteger k = new BigInteger(1, HexFormat.of().parseHex(hex));
        if (k.compareTo(N) >= 0) {
            throw new IllegalArgumentException("scalar out of range");
        }
        return k;
    }

    /** The Fiat–Shamir challenge of a proof: SHA-256 of label|part|part… modulo N. */
    public static BigInteger challenge(String label, String... parts) {
        return new BigInteger(1, sha256(label + "|" + String.join("|", parts))).mod(N);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
