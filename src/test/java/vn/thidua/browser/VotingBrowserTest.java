package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Committee;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Votes;

/** Ten unit representatives vote a Cờ thi đua proposal by secret ballot; the chair closes and reads the tally. */
@IntegrationTest
class VotingBrowserTest extends BrowserTestBase {

    ChromeDriver browser;
    WebDriverWait wait;

    @Test
    void tenRepresentativesVoteAndTheChairSeesTheTally() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(10, 2024);
        Api chair = Api.as(port, bloc.officer(0));
        // the counting committee: the board, whose key is made over the API, and the officer of Sở số 2, who makes
        // its key in its browser and keeps the secret part in a file
        JsonNode vote = Votes.yesOrNoFromTheLeader(
                port, bloc, "SECRET_BALLOT", "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho Sở số 1?");
        long id = vote.get("id").asLong();
        Committee committee = Committee.keys(port, id, bloc.officer(0), Set.of(bloc.board()));

        Path downloads = Files.createTempDirectory("thidua-keys");
        browser = chromium.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String page = "http://localhost:" + port + "/votes/" + id;
        signIn(bloc.officer(1), page);
        assertThat(browser.findElement(By.id("register-key")).isEnabled())
                .as("no key made yet")
                .isFalse();
        browser.findElement(By.id("make-key")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("register-key")));
        Path keyFile = waitForFile(downloads);
        assertThat(Files.readString(keyFile)).contains("\"secret\"");
        assertThat(browser.findElement(By.id("key-share")).getAttribute("value"))
                .as("only the public part is sent")
                .doesNotContain("secret");
        click(By.id("register-key"));
        assertThat(browser.findElements(By.id("key-form")))
                .as("the key is registered")
                .isEmpty();
        Votes.open(chair, id, "present", 10);

        // the representatives vote on their phones: the menu folds away, the ballot is on the first screen
        browser.manage().window().setSize(new Dimension(390, 844));
        List<String> trackingCodes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            browser.manage().deleteAllCookies();
            signIn(bloc.officer(i), page);
            WebElement ballot = browser.findElement(By.id("ballot"));
            if (i == 0) {
                Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(
                        Path.of("target", "screenshots", "bieu-quyet-dien-thoai.png"),
                        browser.getScreenshotAs(OutputType.BYTES));
            }
            assertThat(ballot.getRect().getY())
                    .as("the ballot starts on the phone's first screen")
                    .isLessThan(600);
            assertThat(browser.findElement(By.id("app-menu")).isDisplayed())
                    .as("the menu is folded")
                    .isFalse();
            String choice = i < 8 ? "Đồng ý" : i == 8 ? "Không đồng ý" : "Phiếu trắng (không chọn phương án nào)";
            browser.findElement(By.xpath("//form[@id='ballot']//label[normalize-space()='" + choice + "']"))
                    .click();
            new BrowserSteps(browser, wait).clickAndAccept(By.id("cast"));
            assertThat(browser.findElement(By.id("has-voted")).getText()).isEqualTo("Đơn vị của bạn đã bỏ phiếu.");
            assertThat(browser.findElement(By.id("tracking")).getText()).contains("Mã theo dõi phiếu của bạn");
            trackingCodes.add(
                    browser.findElement(By.cssSelector("#tracking code")).getText());
            assertThat(browser.findElements(By.id("ballot")))
                    .as("no second ballot")
                    .isEmpty();
            assertThat(browser.findElements(By.id("tally")))
                    .as("no tally while open")
                    .isEmpty();
        }

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.manage().deleteAllCookies();
        signIn(bloc.officer(0), page);
        assertThat(browser.findElement(By.id("voted")).getText()).isEqualTo("10");
        new BrowserSteps(browser, wait).clickAndAccept(By.id("close-vote"));
        assertThat(browser.findElement(By.id("vote-status")).getText()).contains("Đã kết thúc, chờ Ban kiểm phiếu");
        assertThat(browser.findElements(By.id("tally")))
                .as("no tally before the committee counts")
                .isEmpty();

        // the committee counts: the board over the API, the officer of Sở số 2 from its key file in its browser
        Api.Response part = committee.decrypt(bloc.board());
        assertThat(part.status()).as(part.body()).isEqualTo(200);
        browser.manage().deleteAllCookies();
        signIn(bloc.officer(1), page);
        WebElement keyInput = browser.findElement(By.id("key-file"));
        keyInput.sendKeys(keyFile.toAbsolutePath().toString());
        // the page adds the box up itself and says how many ballots it is about to open
        Alert howMany = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(howMany.getText()).contains("tổng của 10 phiếu").contains("Không phiếu riêng nào được giải mã");
        howMany.accept();
        wait.until(ExpectedConditions.stalenessOf(keyInput));

        browser.manage().deleteAllCookies();
        signIn(bloc.officer(0), page);
        String tally = browser.findElement(By.id("tally")).getText();
        assertThat(tally)
                .contains("Đồng ý 8/10 6 Đạt")
                .contains("Không đồng ý 1/10 6 Không đạt")
                .contains("Phiếu trắng: 1");
        assertThat(browser.findElement(By.id("vote-status")).getText()).contains("Đã kiểm phiếu");

        // the bulletin: recomputed from the encrypted ballots and the proofs, every voter's tracking code on it
        click(By.cssSelector("#bulletin-link a"));
        assertThat(browser.findElement(By.id("verified")).getText())
                .contains("Đã kiểm chứng")
                .contains("10 phiếu mã hóa");
        assertThat(browser.findElement(By.id("tracking-codes")).getText()).contains(trackingCodes);
        Files.write(Path.of("target", "screenshots", "bang-cong-bo.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.navigate().to(page);
        Path shot = Path.of("target", "screenshots", "bieu-quyet.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The key file the page saved, once the download is complete. */
    private static Path waitForFile(Path folder) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(folder)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(".json")
                                && f.toFile().length() > 0)
                        .findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page saved no key file in " + folder);
    }

    private void signIn(String username, String target) {
        new BrowserSteps(browser, wait).signIn(username, target, "/votes/");
    }

    private void click(By by) {
        new BrowserSteps(browser, wait).click(by);
    }
}
