package vn.thidua.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalJourney;

/**
 * Issue 21, the bell: the board, told of a proposal's review due soon and of one already late, sees the count on the
 * bell of every page (also at phone width, where the menu is folded), opens its notices newest first, opens one (read,
 * and on the proposal's page), marks the rest read, and mutes its mail; at 1366 and 390 px.
 */
@IntegrationTest
class NotificationsBrowserTest extends BrowserTestBase {

    @Autowired
    Reminders reminders;

    @Autowired
    Clock clock;

    @Test
    void theBoardSeesItsCountOpensANoticeMarksTheRestReadAndMutesItsMail() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, LocalDate.now(clock).getYear());
        ProposalJourney journey = new ProposalJourney(port, bloc);
        long first = submit(bloc, journey.unitProposal(1), 1);
        long second = submit(bloc, journey.unitProposal(2), 2);
        LocalDate due = dueOn(bloc, first);
        // the day before the due date both are told (SOON); the day after it, both again as late
        reminders.remind(due.minusDays(1), null, bloc.authorityId());
        reminders.remind(due.plusDays(1), null, bloc.authorityId());

        ChromeDriver browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        steps.signIn(bloc.board(), "http://localhost:" + port + "/", "localhost");
        assertThat(browser.findElement(By.id("nav-bell-count")).getText()).isEqualTo("4");
        assertThat(browser.findElement(By.id("nav-bell")).getAttribute("aria-label"))
                .isEqualTo("Thông báo: 4 chưa đọc");
        browser.manage().window().setSize(new Dimension(390, 900));
        assertThat(browser.findElement(By.id("nav-bell")).isDisplayed())
                .as("the bell outside the folded menu")
                .isTrue();
        Files.write(Path.of("/tmp", "notifications-bell-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1366, 900));

        steps.click(By.id("nav-bell"));
        assertThat(browser.getCurrentUrl()).endsWith("/notifications");
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("Thông báo nhắc hạn")
                .contains("4 thông báo chưa đọc.")
                .contains("Quá hạn")
                .contains("Sắp đến hạn")
                .contains("Hạn thẩm định hồ sơ đề nghị: Đề nghị khen thưởng năm " + bloc.year() + " của Sở số 2")
                .contains("Thực hiện: Ban Thi đua – Khen thưởng");
        assertThat(browser.findElements(By.cssSelector("#notices > li")).get(0).getText())
                .as("newest first: the late notices")
                .contains("Quá hạn");
        shot(browser, 1366);
        shot(browser, 390);
        browser.manage().window().setSize(new Dimension(1366, 900));

        // opening a notice reads it and goes where the step is done
        steps.click(By.cssSelector("#notices .notice-open"));
        assertThat(browser.findElement(By.tagName("main")).getText()).isNotBlank();
        assertThat(browser.getCurrentUrl()).matches(".*/proposals/(" + first + "|" + second + ")$");
        assertThat(browser.findElement(By.id("nav-bell-count")).getText()).isEqualTo("3");

        steps.click(By.id("nav-bell"));
        steps.click(By.id("read-all"));
        assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("Không có thông báo chưa đọc.");
        assertThat(browser.findElements(By.id("nav-bell-count"))).isEmpty();
        assertThat(browser.findElement(By.id("nav-bell")).getAttribute("aria-label"))
                .isEqualTo("Thông báo");

        steps.click(By.id("mail-toggle"));
        assertThat(browser.findElement(By.id("mail-state")).getText()).startsWith("Bạn đã tắt thư nhắc hạn");
        assertThat(browser.findElement(By.id("mail-toggle")).getText()).isEqualTo("Bật lại thư nhắc hạn");
    }

    private long submit(BlocFixture.Bloc bloc, long id, int member) {
        Api proposer = Api.as(port, bloc.officer(member));
        long version = proposer.get("/api/v1/proposals/" + id)
                .expect(200)
                .json()
                .get("version")
                .asLong();
        proposer.post("/api/v1/proposals/" + id + "/submit", json("justification", "", "version", version))
                .expect(200);
        return id;
    }

    private LocalDate dueOn(BlocFixture.Bloc bloc, long id) {
        return LocalDate.parse(Api.as(port, bloc.board())
                .get("/api/v1/proposals/" + id)
                .expect(200)
                .json()
                .get("stepDueOn")
                .asString());
    }

    private static void shot(ChromeDriver browser, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        Files.write(Path.of("/tmp", "notifications-page-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
