package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;

/**
 * Takes the user guide's screenshots, role by role, on the screens as they are in this build, into
 * {@code target/classes/static/guide}: the jar packaged after the tests ships them. The copies in
 * {@code src/main/resources/static/guide} (what a build without tests starts with) are refreshed with
 * {@code -Dguide.update=true} and committed with the change of screen; a picture missing there is always written.
 * Then each role follows its "Hướng dẫn" link and finds its own guide with every picture shown.
 */
@IntegrationTest
class GuideScreensBrowserTest extends BrowserTestBase {

    static final Path BUILT = Path.of("target", "classes", "static", "guide");
    static final Path SOURCES = Path.of("src", "main", "resources", "static", "guide");

    ChromeDriver browser;
    BrowserSteps steps;
    String base;

    @Test
    void eachRolesGuideShowsTodaysScreensAndIsOneClickAwayFromEveryPage() throws Exception {
        browser = chromium.start();
        browser.manage().window().setSize(new Dimension(1366, 768));
        steps = BrowserSteps.in(browser);
        base = "http://localhost:" + port;

        signInAs("ban.langson", "/dashboard");
        shot("ban-tong-quan");
        String year = browser.findElement(
                        By.xpath("//table[@id='dashboard']//a[normalize-space()='Cụm các cơ quan Tham mưu tổng hợp']"))
                .getAttribute("href");
        browser.get(year);
        shot("ban-nam-thi-dua");
        open("/proposals", "ban-de-nghi");
        open("/documents/certificates", "ban-in-bang");
        open("/accounts", "ban-tai-khoan");

        signInAs("taichinh.langson", "/");
        shot("don-vi-trang-chu");
        browser.get(year);
        shot("don-vi-nam-thi-dua");
        open("/votes/mine", "don-vi-bieu-quyet");

        signInAs("kehoach.langson", "/");
        browser.get(year);
        shot("khoi-truong-nam-thi-dua");

        signInAs("hoidong1.langson", "/votes/mine");
        shot("hoi-dong-bieu-quyet");

        signInAs("quyetdinh.langson", "/proposals");
        shot("lanh-dao-de-nghi");

        // every picture exists now: each role follows its own help link (a guide may show another role's screen)
        followHelpTo("/help/lanh-dao-ky", "Lãnh đạo ký quyết định");
        steps.click(By.linkText("Quản trị hệ thống"));
        assertThat(browser.getCurrentUrl()).endsWith("/help/quan-tri");
        assertPicturesShown();
        signInAs("ban.langson", "/dashboard");
        followHelpTo("/help/ban-tdkt", "Ban Thi đua – Khen thưởng");
        signInAs("taichinh.langson", "/");
        followHelpTo("/help/can-bo-don-vi", "Cán bộ thi đua của đơn vị");
        signInAs("hoidong1.langson", "/votes/mine");
        followHelpTo("/help/hoi-dong", "Thành viên Hội đồng");
    }

    private void signInAs(String username, String path) {
        browser.manage().deleteAllCookies();
        steps.signIn(username, base + path, path.equals("/") ? base + "/" : path);
    }

    private void open(String path, String name) throws IOException {
        browser.get(base + path);
        shot(name);
    }

    private void followHelpTo(String path, String title) {
        WebElement menu = browser.findElement(By.id("menu-toggle"));
        if (menu.isDisplayed()) {
            menu.click();
        }
        steps.click(By.id("nav-help"));
        assertThat(browser.getCurrentUrl()).endsWith(path);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(title);
        assertPicturesShown();
    }

    private void assertPicturesShown() {
        List<WebElement> pictures = browser.findElements(By.cssSelector("img.guide-screen"));
        assertThat(pictures).isNotEmpty();
        for (WebElement picture : pictures) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", picture);
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(browser.executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0;", picture)));
        }
    }

    private void shot(String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(BUILT);
        Files.write(BUILT.resolve(name + ".png"), png);
        Path committed = SOURCES.resolve(name + ".png");
        if (Boolean.getBoolean("guide.update") || !Files.exists(committed)) {
            Files.createDirectories(SOURCES);
            Files.write(committed, png);
        }
    }
}
