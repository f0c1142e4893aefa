package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Lạng Sơn's board prints its Bằng khen onto the pre-printed blanks: it measures the blank, writes
 * where the recipient's name goes (a typing slip is answered beside the cell, nothing else lost),
 * saves, prints the calibration page, and prints the list with only the fields, each in its box.
 */
@IntegrationTest
class CertificateBlanksBrowserTest extends BrowserTestBase {

    static final float PT_PER_MM = 72f / 25.4f;

    ChromeDriver browser;

    @Test
    void theBoardSavesWhereTheRecipientGoesOnItsBlankAndPrintsOnlyTheFieldsThere() throws Exception {
        browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        String base = "http://localhost:" + port;
        steps.signIn("ban.langson", base + "/documents/certificates", "/documents/certificates");
        steps.click(By.id("blank-layout-link"));
        assertThat(browser.findElement(By.id("blank-standard")).getText()).contains("Chưa lưu bố cục");

        WebElement recipient = browser.findElement(By.id("blank-RECIPIENT"));
        type(recipient.findElement(By.cssSelector("input[name$='.xMm']")), "4O,5");
        type(recipient.findElement(By.cssSelector("input[name$='.yMm']")), "90");
        steps.tick(
                browser.findElement(By.id("blank-CONFERRED_BY")).findElement(By.cssSelector("input[type=checkbox]")));
        steps.click(By.id("blank-save"));

        recipient = browser.findElement(By.id("blank-RECIPIENT"));
        WebElement x = recipient.findElement(By.cssSelector("input[name$='.xMm']"));
        assertThat(x.getAttribute("class")).contains("is-invalid");
        assertThat(recipient.getText()).contains("\"4O,5\" không phải số đo");
        assertThat(recipient.findElement(By.cssSelector("input[name$='.yMm']")).getAttribute("value"))
                .as("the rest of what was typed is kept")
                .isEqualTo("90");
        assertThat(browser.findElement(By.id("blank-CONFERRED_BY"))
                        .findElement(By.cssSelector("input[type=checkbox]"))
                        .isSelected())
                .isFalse();
        shot("blank-layout-error.png");

        type(x, "40,5");
        type(recipient.findElement(By.cssSelector("input[name$='.widthMm']")), "200");
        new Select(recipient.findElement(By.cssSelector("select[name$='.align']"))).selectByVisibleText("Trái");
        steps.click(By.id("blank-save"));
        assertThat(browser.findElement(By.cssSelector("main .alert-success")).getText())
                .contains("Đã lưu bố cục phôi");
        assertThat(browser.findElements(By.id("blank-standard"))).isEmpty();
        assertThat(browser.findElement(By.id("blank-RECIPIENT"))
                        .findElement(By.cssSelector("input[name$='.xMm']"))
                        .getAttribute("value"))
                .isEqualTo("40,5");
        shot("blank-layout.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        shot("blank-layout-390.png");

        WebSession board = WebSession.loggedIn(port, "ban.langson");
        board.get("/documents/certificates");
        byte[] calibration = board.download("/documents/certificates/blanks/calibration.pdf?kind=BANG_KHEN");
        Files.write(Path.of("target", "screenshots", "blank-calibration.pdf"), calibration);
        try (PDDocument doc = Loader.loadPDF(calibration)) {
            assertThat(doc.getNumberOfPages()).isOne();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(297 * PT_PER_MM, within(0.5f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(210 * PT_PER_MM, within(0.5f));
            TextPosition first = firstLetterOf(doc, 1, "Nguyễn Thị Phương Thảo");
            assertThat(first.getXDirAdj()).isCloseTo(40.5f * PT_PER_MM, within(0.5f));
            assertThat(first.getYDirAdj()).isCloseTo(90 * PT_PER_MM, within(0.5f));
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("100 mm")
                    .doesNotContain("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN");
        }

        Map<String, String> form = CertificatesIntegrationTest.form();
        form.put("onBlank", "true");
        byte[] printed = board.postFileBytes(
                "/documents/certificates",
                form,
                "file",
                "danh-sach.xlsx",
                CertificatesIntegrationTest.list(
                        new String[] {
                            "Sở Ngoại vụ",
                            "Tỉnh Lạng Sơn",
                            "Đã có thành tích xuất sắc",
                            "15/QĐ-UBND",
                            "20/01/2022",
                            "102"
                        },
                        new String[] {
                            "Sở Tư pháp",
                            "Tỉnh Lạng Sơn",
                            "Đã có thành tích xuất sắc",
                            "15/QĐ-UBND",
                            "20/01/2022",
                            "103"
                        }));
        try (PDDocument doc = Loader.loadPDF(printed)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .as("the blank carries the national title, the frame and, here, the conferring line")
                    .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .doesNotContain("BẰNG KHEN")
                    .doesNotContain("CHỦ TỊCH ỦY BAN NHÂN DÂN")
                    .contains("Hồ Tiến Thiệu", "Số: 103");
            TextPosition second = firstLetterOf(doc, 2, "Sở Tư pháp");
            assertThat(second.getXDirAdj()).isCloseTo(40.5f * PT_PER_MM, within(0.5f));
            assertThat(second.getYDirAdj()).isCloseTo(90 * PT_PER_MM, within(0.5f));
        }
    }

    @Test
    void aBlanksLayoutIsItsBoardsOnly() {
        WebSession officer = WebSession.loggedIn(port, "taichinh.langson");
        assertThat(officer.get("/documents/certificates/blanks").status()).isEqualTo(403);
        WebSession otherBoard = WebSession.loggedIn(port, "ban.quangnam");
        assertThat(otherBoard.get("/documents/certificates/blanks").body())
                .as("Quảng Nam's board sees its own (never saved) layout, not Lạng Sơn's")
                .contains("id=\"blank-standard\"");
        WebSession admin = WebSession.loggedIn(port, "admin");
        assertThat(admin.get("/documents/certificates/blanks").status()).isEqualTo(403);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private void shot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    /** Where the first letter of {@code text} stands on a page (x from the left, baseline from the top). */
    static TextPosition firstLetterOf(PDDocument doc, int page, String text) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                if (string.startsWith(text)) {
                    lines.add(positions);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        assertThat(lines).as(text + " on page " + page).isNotEmpty();
        return lines.get(0).get(0);
    }
}
