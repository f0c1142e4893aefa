package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;

/**
 * Quảng Nam's board reads its award charts on a desktop and on a phone: every label whole, in
 * type as large as the page's (the drawn charts scaled their labels down to 7 px and cut them).
 */
@IntegrationTest
class DashboardChartsBrowserTest extends BrowserTestBase {

    ChromeDriver browser;

    @Test
    void chartLabelsAreWholeAndReadableOnADesktopAndAPhone() throws Exception {
        browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        String page = "http://localhost:" + port + "/dashboard?year=2024";
        steps.signIn("ban.quangnam", page, "/dashboard");
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            browser.get(page);
            List<WebElement> labels = browser.findElements(By.cssSelector(".chart-bars .bar-label"));
            assertThat(labels).as("bars of the years and awards recorded").hasSizeGreaterThanOrEqualTo(3);
            assertThat(labels).extracting(WebElement::getText).contains("2019", "2024");
            for (WebElement label : labels) {
                assertThat(Double.parseDouble(label.getCssValue("font-size").replace("px", "")))
                        .as("the type of %s at %d px", label.getText(), size.getWidth())
                        .isGreaterThanOrEqualTo(12);
                Object overflows = browser.executeScript(
                        "const e = arguments[0]; return e.scrollWidth > e.clientWidth + 1;", label);
                assertThat(overflows)
                        .as("%s cut at %d px", label.getText(), size.getWidth())
                        .isEqualTo(false);
                assertThat(label.getText()).doesNotEndWith("...");
            }
            Object pageOverflows = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(pageOverflows).as("the page fits %d px", size.getWidth()).isEqualTo(false);
            Path shot = Path.of("target", "screenshots", "tong-quan-bieu-do-" + size.getWidth() + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        }
    }
}
