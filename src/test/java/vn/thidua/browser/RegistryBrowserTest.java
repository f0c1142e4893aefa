package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;

/** A board officer finds Quảng Nam's bloc by typing without diacritics and reads its 2023 leader. */
@IntegrationTest
class RegistryBrowserTest extends BrowserTestBase {

    ChromeDriver browser;

    @Test
    void boardOfficerSearchesWithoutDiacriticsAndSeesThe2023LeaderOfTheBloc() throws Exception {
        browser = chromium.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String base = "http://localhost:" + port;

        new BrowserSteps(browser, wait).signInWithTheButton("ban.quangnam", base + "/");

        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-search")));
        search.sendKeys("so tu phap", Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(search));
        assertThat(browser.getTitle()).startsWith("Tìm kiếm");

        WebElement quangNamRow = browser.findElement(
                By.xpath("//tr[td[normalize-space()='Tỉnh Quảng Nam']][td/a[normalize-space()='Sở Tư pháp']]"));
        WebElement unitLink = quangNamRow.findElement(By.linkText("Sở Tư pháp"));
        unitLink.click();
        wait.until(ExpectedConditions.stalenessOf(unitLink));

        WebElement blocLink =
                wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Khối thi đua các cơ quan Tham mưu I")));
        blocLink.click();
        wait.until(ExpectedConditions.stalenessOf(blocLink));

        assertThat(browser.findElement(By.id("bloc-name")).getText()).isEqualTo("Khối thi đua các cơ quan Tham mưu I");
        WebElement year2023 = browser.findElement(By.id("nam-2023"));
        assertThat(year2023.findElement(By.className("year-leader")).getText()).isEqualTo("Sở Tư pháp");
        assertThat(year2023.findElement(By.className("year-deputy")).getText()).isEqualTo("Sở Nội vụ");

        Path shot = Path.of("target", "screenshots", "bloc-tham-muu-i.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
