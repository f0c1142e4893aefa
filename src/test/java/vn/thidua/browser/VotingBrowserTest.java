package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;

/** Ten unit representatives vote a Cờ thi đua proposal by secret ballot; the chair closes and reads the tally. */
@IntegrationTest
class VotingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    BlocFixture fixture;

    ChromeDriver browser;
    WebDriverWait wait;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void tenRepresentativesVoteAndTheChairSeesTheTally() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(10, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        JsonNode vote = chair.post(bloc.path("/votes"), json("subject", "BLOC_PROPOSAL", "method", "SECRET_BALLOT",
                "question", "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Sở số 1?",
                "options", List.of("Đồng ý", "Không đồng ý"))).json();
        long id = vote.get("id").asLong();
        chair.post("/api/v1/votes/" + id + "/open", json("present", 10));

        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String page = "http://localhost:" + port + "/votes/" + id;
        for (int i = 0; i < 10; i++) {
            browser.manage().deleteAllCookies();
            signIn(bloc.officer(i), page);
            String choice = i < 8 ? "Đồng ý" : "Không đồng ý";
            browser.findElement(By.xpath("//form[@id='ballot']//label[normalize-space()='" + choice + "']")).click();
            click(By.id("cast"));
            assertThat(browser.findElement(By.id("has-voted")).getText()).isEqualTo("Đơn vị của bạn đã bỏ phiếu.");
            assertThat(browser.findElements(By.id("ballot"))).as("no second ballot").isEmpty();
            assertThat(browser.findElements(By.id("tally"))).as("no tally while open").isEmpty();
        }

        browser.manage().deleteAllCookies();
        signIn(bloc.officer(0), page);
        assertThat(browser.findElement(By.id("voted")).getText()).isEqualTo("10");
        browser.executeScript("window.confirm = () => true;");
        click(By.id("close-vote"));
        String tally = browser.findElement(By.id("tally")).getText();
        assertThat(tally).contains("Đồng ý 8/10 6 Đạt").contains("Không đồng ý 2/10 6 Không đạt");
        Path shot = Path.of("target", "screenshots", "bieu-quyet.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    private void signIn(String username, String target) {
        new BrowserSteps(browser, wait).signIn(username, target, "/votes/");
    }

    private void click(By by) {
        new BrowserSteps(browser, wait).click(by);
    }
}
