package vn.thidua.platform.security.totp;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

/**
 * QR codes drawn as SVG, so that the enrolment page shows the otpauth URI sharp at any size and
 * without a second request: the data URI is allowed by a CSP of {@code img-src 'self' data:}.
 */
public final class QrCode {

    /** The quiet zone the QR specification requires; scanners fail to find a code without it. */
    public static final int QUIET_ZONE = 4;

    /** Only the default size in an {@code <img>} without CSS: the viewBox lets any width scale it. */
    private static final int PIXELS_PER_MODULE = 4;

    private QrCode() {}

    /**
     * A standalone SVG document: black modules on a white background, quiet zone included.
     *
     * @throws IllegalArgumentException when the text is too long for any QR code
     */
    public static String svg(String text) {
        ByteMatrix matrix = matrix(text);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(16 * size * size / 2);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" viewBox=\"0 0 ")
                .append(size)
                .append(' ')
                .append(size)
                .append('"')
                .append(" width=\"")
                .append(size * PIXELS_PER_MODULE)
                .append('"')
                .append(" height=\"")
                .append(size * PIXELS_PER_MODULE)
                .append('"')
                // without it, anti-aliasing would blur the seams between neighbouring modules into grey lines
                .append(" shape-rendering=\"crispEdges\">\n")
                .append("<rect width=\"")
                .append(size)
                .append("\" height=\"")
                .append(size)
                .append("\" fill=\"#fff\"/>\n")
                .append("<path fill=\"#000\" d=\"");
        // One rectangle per horizontal run of dark modules keeps the document several times smaller than one per
        // module.
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                int run = x - start;
                svg.append('M')
                        .append(start + QUIET_ZONE)
                        .append(' ')
                        .append(y + QUIET_ZONE)
                        .append('h')
                        .append(run)
                        .append("v1h-")
                        .append(run)
                        .append('z');
            }
        }
        return svg.append("\"/>\n</svg>\n").toString();
    }

    /** {@link #svg} as a {@code data:image/svg+xml;base64,...} URI for an {@code <img src>}. */
    public static String dataUri(String text) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }

    private static ByteMatrix matrix(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        // ASCII needs no declared charset; naming UTF-8 only when needed keeps otpauth URIs free of the
        // ECI marker that some older scanner apps do not understand.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this text as a QR code: " + e.getMessage(), e);
        }
    }
}
