package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Api;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Provinces;

/** The administrator uploads a 100-unit province from the menu and watches the progress bar turn into the report. */
@IntegrationTest
class OnboardingBrowserTest extends BrowserTestBase {

    @Autowired
    Clock clock;

    ChromeDriver browser;

    @Test
    void theProgressBarGivesWayToTheReportWithoutLeavingThePage() throws Exception {
        browser = chromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String base = "http://localhost:" + port;
        String tag = Long.toString(System.nanoTime(), 36);
        byte[] workbook = Provinces.generate(
                        Api.as(port, "admin").bytes("/api/v1/onboarding/template.xlsx"),
                        tag,
                        100,
                        Year.now(clock).getValue())
                .workbook();
        Path file = Files.createTempFile("tinh-", ".xlsx");
        Files.write(file, workbook);

        BrowserSteps steps = new BrowserSteps(browser, wait);
        steps.signInWithTheButton("admin", base + "/");
        steps.fromMenu("nav-admin", "nav-onboarding");
        browser.findElement(By.id("onboarding-file"))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement upload = browser.findElement(By.id("onboarding-submit"));
        upload.click();
        wait.until(ExpectedConditions.urlContains("/onboarding/runs/"));
        // a mark on this document: a full reload would lose it, htmx's swap keeps it
        browser.executeScript("window.onboardingPage = 'same';");

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("onboarding-summary")));
        assertThat(summary.getText()).contains("Đã nhập dữ liệu của Tỉnh Nhập thử " + tag, "dòng tạo mới");
        assertThat(browser.executeScript("return window.onboardingPage;")).isEqualTo("same");
        assertThat(browser.findElement(By.id("all-links")).getAttribute("value"))
                .contains("/activate/");

        Path shot = Path.of("target", "screenshots", "onboarding-report.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        Files.delete(file);
    }
}
