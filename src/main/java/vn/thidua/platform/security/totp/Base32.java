package vn.thidua.platform.security.totp;

/**
 * Base32 of RFC 4648 (the alphabet A–Z, 2–7), the form in which authenticator apps take a secret.
 * Encoding leaves out the '=' padding because the otpauth URI format asks for none; decoding is
 * forgiving of how a person copies a secret by hand (spaces, lower case, padding) but not of
 * characters that cannot be Base32, so that a typo fails instead of yielding another secret.
 */
public final class Base32 {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Base32() {}

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET[(buffer << (5 - bits)) & 0x1F]);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException for a character outside the alphabet or a length no encoding can have */
    public static byte[] decode(String text) {
        String compact = withoutSpacesAndPadding(text);
        // 1, 3 or 6 characters past a whole 8-character group never come out of an encoder: the text was cut or
        // mistyped.
        int rest = compact.length() % 8;
        if (rest == 1 || rest == 3 || rest == 6) {
            throw new IllegalArgumentException("Base32 text has an impossible length: " + compact.length());
        }
        byte[] out = new byte[compact.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            buffer = (buffer << 5) | valueOf(compact.charAt(i));
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    private static String withoutSpacesAndPadding(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                compact.append(c);
            }
        }
        int end = compact.length();
        while (end > 0 && compact.charAt(end - 1) == '=') {
            end--;
        }
        compact.setLength(end);
        return compact.toString();
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        throw new IllegalArgumentException("Not a Base32 character: '" + c + "'");
    }
}
