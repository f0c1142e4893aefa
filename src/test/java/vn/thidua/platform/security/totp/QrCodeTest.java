package vn.thidua.platform.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the SVG back as a browser would draw it (every rectangle of the path, the quiet zone of the
 * viewBox around them) and lets ZXing's own decoder scan it, so the test checks the image the user's
 * phone will see rather than the matrix before drawing.
 */
class QrCodeTest {

    private static final String OTPAUTH = new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII))
            .otpauthUri("Thi đua", "nguyen.van.a@sotnmt.gov.vn");

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
    private static final int PIXELS_PER_MODULE = 5;

    @Test
    void theSvgScansBackToTheOtpauthUri() throws Exception {
        Result scanned = scan(QrCode.svg(OTPAUTH));

        assertThat(scanned.getText()).isEqualTo(OTPAUTH);
        assertThat(scanned.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))
                .isEqualTo("M");
    }

    @Test
    void theDataUriHoldsTheSameSvgInBase64() {
        String uri = QrCode.dataUri(OTPAUTH);

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        String svg = new String(
                Base64.getDecoder().decode(uri.substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(QrCode.svg(OTPAUTH));
    }

    @Test
    void vietnameseTextScansBackUnchanged() throws Exception {
        String text = "Hội đồng Thi đua – Khen thưởng tỉnh";

        assertThat(scan(QrCode.svg(text)).getText()).isEqualTo(text);
    }

    @Test
    void drawsBlackOnWhiteWithAFourModuleQuietZoneAndScalesByItsViewBox() throws Exception {
        Element svg = parse(QrCode.svg(OTPAUTH)).getDocumentElement();
        int size = viewBoxSize(svg);
        List<int[]> runs = runs(svg);

        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);
        Element background = (Element) svg.getElementsByTagName("rect").item(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#fff");
        assertThat(background.getAttribute("width")).isEqualTo(String.valueOf(size));
        assertThat(((Element) svg.getElementsByTagName("path").item(0)).getAttribute("fill"))
                .isEqualTo("#000");
        // The finder patterns touch the symbol's edges, so dark modules reach exactly 4 from each side.
        assertThat(runs.stream().mapToInt(r -> r[0]).min().orElseThrow()).isEqualTo(4);
        assertThat(runs.stream().mapToInt(r -> r[1]).min().orElseThrow()).isEqualTo(4);
        assertThat(runs.stream().mapToInt(r -> r[0] + r[2]).max().orElseThrow()).isEqualTo(size - 4);
        assertThat(runs.stream().mapToInt(r -> r[1] + 1).max().orElseThrow()).isEqualTo(size - 4);
    }

    @Test
    void refusesTextTooLongForAnyQrCode() {
        assertThatThrownBy(() -> QrCode.svg("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Result scan(String svgText) throws Exception {
        Element svg = parse(svgText).getDocumentElement();
        int size = viewBoxSize(svg);
        BufferedImage image =
                new BufferedImage(size * PIXELS_PER_MODULE, size * PIXELS_PER_MODULE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        for (int[] run : runs(svg)) {
            g.fillRect(
                    run[0] * PIXELS_PER_MODULE,
                    run[1] * PIXELS_PER_MODULE,
                    run[2] * PIXELS_PER_MODULE,
                    PIXELS_PER_MODULE);
        }
        g.dispose();
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            // No PURE_BARCODE hint: the decoder must find the code through its finder patterns, as a phone does.
            return new MultiFormatReader()
                    .decode(
                            bitmap,
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE),
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE));
        } catch (NotFoundException e) {
            throw new AssertionError("ZXing found no QR code in the drawn SVG", e);
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int viewBoxSize(Element svg) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        assertThat(box[0]).isEqualTo("0");
        assertThat(box[1]).isEqualTo("0");
        assertThat(box[2]).isEqualTo(box[3]);
        return Integer.parseInt(box[2]);
    }

    private static List<int[]> runs(Element svg) {
        String d = ((Element) svg.getElementsByTagName("path").item(0)).getAttribute("d");
        Matcher m = RUN.matcher(d);
        List<int[]> runs = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).as("path data is only runs").isEqualTo(end);
            runs.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
            });
            end = m.end();
        }
        assertThat(end).isEqualTo(d.length());
        assertThat(runs).isNotEmpty();
        return runs;
    }
}
