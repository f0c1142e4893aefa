package vn.thidua.platform.security.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them, with the parameters every authenticator
 * app assumes when the URI says nothing else: HMAC-SHA1, 6 digits, 30-second steps from the epoch.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;

    /** For {@link #verify}'s {@code lastUsedStep} when the user has never signed in with a code. */
    public static final long NO_STEP_USED = Long.MIN_VALUE;

    /** One step either side: a phone's clock a little off, or a code typed just as it changed. */
    private static final int DRIFT_STEPS = 1;

    private static final int MODULUS = 1_000_000;

    private Totp() {}

    public static long timeStep(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The 6-digit code, with leading zeros, for the given time step (RFC 4226 dynamic truncation). */
    public static String code(TotpSecret secret, long timeStep) {
        byte[] hash = hmacSha1(
                secret.bytes(),
                ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array());
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        String digits = Integer.toString(binary % MODULUS);
        return "0".repeat(DIGITS - digits.length()) + digits;
    }

    /**
     * Checks a code the user typed. The caller must store the returned step as the user's last used
     * step, and pass it back next time: that is what stops a code seen over someone's shoulder, or
     * replayed from a captured request, from working a second time within its window.
     *
     * @param typedCode    as typed; spaces (apps show "123 456") are ignored
     * @param lastUsedStep the step returned by the previous successful verify, or {@link #NO_STEP_USED}
     * @return the time step the code belongs to, or empty when it matches no step allowed now
     */
    public static OptionalLong verify(TotpSecret secret, String typedCode, Instant now, long lastUsedStep) {
        byte[] typed = digitsOnly(typedCode);
        if (typed == null) {
            return OptionalLong.empty();
        }
        long current = timeStep(now);
        long matched = NO_STEP_USED;
        // Every candidate is computed and compared whatever the outcome, so the time taken does not tell
        // an attacker which step, or how many leading digits, came close.
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean equal = MessageDigest.isEqual(typed, code(secret, step).getBytes(StandardCharsets.US_ASCII));
            if (equal && step > lastUsedStep && step >= 0) {
                matched = step;
            }
        }
        return matched == NO_STEP_USED ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    private static byte[] digitsOnly(String typed) {
        if (typed == null) {
            return null;
        }
        byte[] digits = new byte[DIGITS];
        int n = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c < '0' || c > '9' || n == DIGITS) {
                return null;
            }
            digits[n++] = (byte) c;
        }
        return n == DIGITS ? digits : null;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime must provide HmacSHA1", e);
        }
    }
}
