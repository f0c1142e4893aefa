package vn.thidua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;

/**
 * The four documents of a bloc year's "Văn bản" page each carry their own number (số): the board
 * types one per document, a refused field keeps every number typed, and each download is numbered
 * by its own.
 */
@IntegrationTest
class YearDocumentNumbersBrowserTest extends BrowserTestBase {

    @Test
    void eachDocumentHasItsOwnNumberKeptAcrossTheFormsRoundTrips() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Path downloads = Files.createTempDirectory("retype-documents");
        ChromeDriver browser = chromium.start(downloads);
        BrowserSteps steps = new BrowserSteps(browser, new WebDriverWait(browser, Duration.ofSeconds(20)));
        String page = "http://localhost:" + port + "/bloc-years/" + bloc.yearId() + "/documents";
        steps.signIn(bloc.board(), page, "/documents");
        Map<String, String> numbers =
                Map.of("summaryNumber", "5", "minutesNumber", "6", "submissionNumber", "7", "decisionNumber", "8");
        numbers.forEach((field, number) -> browser.findElement(By.id(field)).sendKeys(number));
        browser.findElement(By.id("place")).clear();
        steps.click(By.id("docx-to-trinh"));

        assertThat(browser.findElement(By.id("place")).getAttribute("class")).contains("is-invalid");
        numbers.forEach(
                (field, number) -> assertThat(browser.findElement(By.id(field)).getAttribute("value"))
                        .as("the number of %s is kept", field)
                        .isEqualTo(number));
        Files.write(Path.of("/tmp/retype-documents-numbers.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.write(Path.of("/tmp/retype-documents-numbers-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1366, 900));

        browser.findElement(By.id("place")).sendKeys("Lạng Sơn");
        browser.findElement(By.id("docx-to-trinh")).click();
        try (InputStream in = Files.newInputStream(
                        Chromium.downloaded(new WebDriverWait(browser, Duration.ofSeconds(20)), downloads, ".docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().get(0).getText()).contains("Số: 07/TTr-");
        }
        WebElement decision = browser.findElement(By.id("pdf-quyet-dinh"));
        decision.click();
        try (PDDocument doc = Loader.loadPDF(
                Chromium.downloaded(new WebDriverWait(browser, Duration.ofSeconds(20)), downloads, ".pdf")
                        .toFile())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Số: 08/QĐ-UBND")
                    .doesNotContain("Số: 07/");
        }
    }
}
