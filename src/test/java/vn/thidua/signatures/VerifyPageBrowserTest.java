package vn.thidua.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;

/** Issue 22, the verify page: a person finds it in the menu, gives a signed PDF and reads each signature. */
@IntegrationTest
class VerifyPageBrowserTest extends BrowserTestBase {

    @Test
    void aSignedPdfShowsItsSignerAndThatItIsIntact() throws Exception {
        Path pdf;
        try (TestPki pki = new TestPki("Test Root CA")) {
            TestPki.Person person = pki.person(PadesSignerTest.SIGNER, "quyetdinh@langson.gov.vn");
            byte[] signed = new PadesSigner(null, 0, null)
                    .sign(
                            PadesSignerTest.decisionPdf(PadesSignerTest.SIGNER),
                            new SigningKey.Pkcs12(person.pkcs12(), TestPki.PASSWORD.toCharArray()),
                            new Appearance(
                                    PadesSignerTest.SIGNER,
                                    PadesSignerTest.SIGNER,
                                    "UBND tỉnh Lạng Sơn",
                                    ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                                    null,
                                    null))
                    .content();
            pdf = Files.createTempFile("quyet-dinh", ".pdf");
            Files.write(pdf, signed);
        }
        ChromeDriver browser = chromium.start();
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(15));
        BrowserSteps steps = new BrowserSteps(browser, waiting);
        steps.signIn("ban.langson", "http://localhost:" + port + "/", "localhost");
        steps.fromMenu("nav-tools", "nav-verify");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kiểm tra chữ ký số");
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action$='/documents/verify'] button[type=submit]"))
                .click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
        String result = browser.findElement(By.id("verify-result")).getText();
        assertThat(result)
                .contains("Chữ ký 1: " + PadesSignerTest.SIGNER)
                .contains("Toàn vẹn")
                .contains("quyetdinh@langson.gov.vn")
                .contains("không thuộc chứng thư gốc tin cậy");
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Files.write(Path.of("target", "verify-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
