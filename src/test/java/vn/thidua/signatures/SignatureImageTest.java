package vn.thidua.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The signature's picture as Decree 30/2020 (Phụ lục I) lays it out, read back pixel by pixel. */
class SignatureImageTest {

    static final ZonedDateTime AT = ZonedDateTime.of(2026, 2, 10, 9, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void theDrawnBoxKeepsEachBorderWholeInsideThePictureAndThickEnoughToSurviveASmallRendering() throws Exception {
        SignatureImage.Picture picture = SignatureImage.draw(
                new Appearance("Nguyễn Văn Chủ", "Nguyễn Văn Chủ", "Khối thi đua", AT, null, null), 180, 62);
        assertThat(picture.width()).isEqualTo(180);
        assertThat(picture.overhangLeft()).isZero();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(picture.png()));
        int middle = img.getHeight() / 2;
        int last = img.getWidth() - 1;

        assertThat(opaque(img, 0, middle))
                .as("the picture's own left edge is clear")
                .isFalse();
        assertThat(opaque(img, last, middle))
                .as("the picture's own right edge is clear")
                .isFalse();
        // a page at 70 dpi shows a point as about 4 of the picture's pixels: a border of 5 or more is always sampled
        assertThat(run(img, middle, 0, 1)).as("left border, in pixels").isGreaterThanOrEqualTo(5);
        assertThat(run(img, middle, last, -1)).as("right border, in pixels").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theBodysSealEndsAtAThirdOfThePersonsSignatureAndHangsOutToItsLeft() {
        SignatureImage.Picture seal = SignatureImage.draw(
                new Appearance("Nguyễn Văn B", "Ủy ban nhân dân tỉnh Lạng Sơn", "", AT, null, null, true), 180, 62);
        assertThat(seal.width()).isEqualTo(seal.height()).isGreaterThan(62);
        assertThat(seal.width() - seal.overhangLeft())
                .as("the seal's right edge, from the signature's left")
                .isEqualTo(60);
        assertThat(seal.overhangTop() * 2 + 62)
                .as("centred on the signature's height")
                .isEqualTo(seal.height());
    }

    @Test
    void aLongBodyNameInTheDrawnRingIsWrappedOnWordsEachLineWithinTheWidth() throws Exception {
        String body = "Ủy ban nhân dân tỉnh Thừa Thiên Huế";
        SignatureImage.Picture seal =
                SignatureImage.draw(new Appearance("Nguyễn Văn B", body, "", AT, null, null, true), 180, 62);
        Files.createDirectories(Path.of("target/signatures"));
        Files.write(Path.of("target/signatures/ring.png"), seal.png());
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        FontMetrics metrics = g.getFontMetrics(new Font(Font.SERIF, Font.PLAIN, 28));
        int width = metrics.stringWidth("Ủy ban nhân dân");
        List<String> lines = SignatureImage.wrap(body, metrics, width);
        assertThat(lines).as("every word kept, in order").hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo(body);
        assertThat(lines)
                .allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(width));
        assertThat(SignatureImage.wrap("Sở", metrics, 1))
                .as("a word longer than the line alone on it")
                .containsExactly("Sở");
    }

    private static boolean opaque(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) >>> 24) > 128;
    }

    /** The width of the first opaque line met from {@code from} going {@code step}. */
    private static int run(BufferedImage img, int y, int from, int step) {
        int x = from;
        while (!opaque(img, x, y)) {
            x += step;
        }
        int width = 0;
        while (opaque(img, x, y)) {
            width++;
            x += step;
        }
        return width;
    }
}
