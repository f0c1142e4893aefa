package vn.thidua.platform.security.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The key shared between the server and a user's authenticator app. The array is copied in and out
 * so that no holder can change a secret another holder relies on, and {@link #toString()} hides it
 * so that it never reaches a log.
 */
public record TotpSecret(byte[] bytes) {

    /** 160 bits, the length RFC 4226 recommends for HMAC-SHA1. */
    public static final int LENGTH = 20;

    /** RFC 4226 forbids less than 128 bits. */
    private static final int MINIMUM_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    public TotpSecret {
        if (bytes == null || bytes.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A TOTP secret needs at least " + MINIMUM_LENGTH + " bytes");
        }
        bytes = bytes.clone();
    }

    public static TotpSecret generate() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    /** @throws IllegalArgumentException when the text is not Base32 or too short to be a secret */
    public static TotpSecret fromBase32(String base32) {
        return new TotpSecret(Base32.decode(base32));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Upper case, no padding: what the user may type into an app that cannot scan the QR code. */
    public String base32() {
        return Base32.encode(bytes);
    }

    /**
     * The Key URI that authenticator apps read from the QR code. The issuer appears both in the label
     * and as a parameter because older apps read only the first and newer ones prefer the second.
     *
     * @throws IllegalArgumentException when the issuer or the account is blank or holds a ':', which
     *         would make the label's issuer prefix ambiguous
     */
    public String otpauthUri(String issuer, String accountName) {
        requireLabelPart(issuer, "issuer");
        requireLabelPart(accountName, "accountName");
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName)
                + "?secret=" + base32()
                + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS;
    }

    private static void requireLabelPart(String value, String name) {
        if (value == null || value.isBlank() || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException(name + " must be non-blank and without ':'");
        }
    }

    // URLEncoder is for forms, where a space is '+'; in a URI path '+' is a literal plus, so apps would show it.
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
