package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;

/**
 * The administrator records a province's merger on its page, as after Nghị quyết 202/2025/QH15, and follows it to the
 * successor.
 */
@IntegrationTest
class AuthorityMergerBrowserTest extends BrowserTestBase {

    ChromeDriver browser;

    @Test
    void theAdministratorRecordsAMergerOnTheProvincesPageAndTheSuccessorListsIt() throws Exception {
        BlocFixture.Bloc merged = fixture.create(1, 2024);
        BlocFixture.Bloc successor = fixture.create(1, 2024);
        Api admin = Api.as(port, "admin");
        String mergedName = admin.get("/api/v1/authorities/" + merged.authorityId())
                .json()
                .get("name")
                .asString();
        String successorName = admin.get("/api/v1/authorities/" + successor.authorityId())
                .json()
                .get("name")
                .asString();
        browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        steps.signIn("admin", "http://localhost:" + port + "/authorities/" + merged.authorityId(), "/authorities/");

        new Select(browser.findElement(By.id("kind"))).selectByValue("MERGED_INTO");
        new Select(browser.findElement(By.id("successorAuthorityId"))).selectByVisibleText(successorName);
        browser.executeScript("arguments[0].value = '2025-07-01';", browser.findElement(By.id("effectiveOn")));
        browser.findElement(By.id("legalBasis")).sendKeys("Nghị quyết 202/2025/QH15");
        steps.click(By.cssSelector("#authority-succession button[type=submit]"));

        String banner = browser.findElement(By.id("authority-merged")).getText();
        assertThat(banner)
                .contains(
                        "Đã hợp nhất vào " + successorName + " từ ngày 01/07/2025", "Căn cứ: Nghị quyết 202/2025/QH15");
        assertThat(browser.findElements(By.id("authority-succession")))
                .as("a merged province takes no other change")
                .isEmpty();
        Path shot = Path.of("target", "screenshots", "co-quan-da-hop-nhat.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

        steps.click(By.cssSelector("#authority-merged a"));
        assertThat(browser.findElement(By.id("authority-history")).getText())
                .contains(mergedName + " hợp nhất vào cơ quan này từ ngày 01/07/2025");
    }
}
