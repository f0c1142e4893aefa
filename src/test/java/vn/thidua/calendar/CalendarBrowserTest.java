package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
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
import vn.thidua.support.TestClock;

/**
 * Issue 21, the calendar page: the board signs in, finds Lịch in its menu, reads its bloc's dates by month (a deadline
 * passed without the step marked Quá hạn), makes its feed link, sees it once with a copy button, and changes it after
 * a question; at 1366 and 390 px.
 */
@IntegrationTest
class CalendarBrowserTest extends BrowserTestBase {

    /** The application's clock (the primary {@link java.time.Clock}), which a test moves forward. */
    @Autowired
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void theBoardReadsItsYearByMonthAndMakesItsFeedLink() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        BlocFixture.Bloc bloc = fixture.create(3, year);
        fixture.rank(port, bloc, new double[][] {{9, 18, 9}, {8, 17, 8}, {7, 16, 7}});
        Api board = Api.as(port, bloc.board());
        board.put(
                        bloc.path("/conference"),
                        json("heldOn", (year + 1) + "-01-15", "place", "Hội trường tỉnh", "chair", "Chủ tịch Hội nghị"))
                .expect(200);
        ProposalJourney.Submitted submitted = new ProposalJourney(port, bloc).submittedUnitProposal(1);
        // the board has not reviewed it by its due date: the day after, the calendar says so
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, submitted.reviewDue()) + 1));

        ChromeDriver browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        steps.signIn(bloc.board(), "http://localhost:" + port + "/", "localhost");
        steps.click(By.id("nav-calendar"));
        assertThat(browser.getCurrentUrl()).contains("/calendar");
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("Lịch thi đua năm " + year)
                .contains("Tháng 2/" + year)
                .contains("01/02/" + year)
                .contains("Phát động thi đua, mở ký kết giao ước")
                .contains("Tháng 1/" + (year + 1))
                .contains("15/01/" + (year + 1))
                .contains("Hội nghị tổng kết")
                .contains("Thời hạn kiến nghị về kết quả chấm điểm");
        String late = browser.findElement(By.id("entry-due-p" + submitted.id() + "-submitted"))
                .getText();
        assertThat(late)
                .contains("Quá hạn")
                .contains("Hạn thẩm định hồ sơ đề nghị")
                .contains("Ban Thi đua");
        assertThat(browser.findElement(By.id("entry-launch-" + bloc.yearId())).getText())
                .contains("Đã qua");
        shot(browser, "page", 1366);
        shot(browser, "page", 390);
        browser.manage().window().setSize(new Dimension(1366, 900));

        steps.click(By.id("feed-issue"));
        String link = browser.findElement(By.id("feed-url")).getAttribute("value");
        assertThat(link).matches(".*/public/calendar/[A-Za-z0-9_-]{43}\\.ics");
        steps.tick(browser.findElement(By.id("feed-copy")));
        assertThat(browser.findElement(By.id("feed-copy")).getText()).isEqualTo("Đã chép");
        shot(browser, "feed", 1366);
        shot(browser, "feed", 390);
        browser.manage().window().setSize(new Dimension(1366, 900));
        String token = link.replaceAll(".*/public/calendar/", "").replace(".ics", "");
        assertThat(Api.anonymous(port).get("/public/calendar/" + token + ".ics").status())
                .isEqualTo(200);

        // shown once: on the next visit the page says a link exists and offers to change it, after a question
        browser.get("http://localhost:" + port + "/calendar");
        assertThat(browser.findElements(By.id("feed-url"))).isEmpty();
        assertThat(browser.findElement(By.id("feed-existing")).getText()).contains("Bạn đã tạo liên kết lịch");
        steps.clickAndAccept(By.id("feed-issue"));
        assertThat(browser.findElement(By.id("feed-url")).getAttribute("value")).isNotEqualTo(link);
        assertThat(Api.anonymous(port).get("/public/calendar/" + token + ".ics").status())
                .isEqualTo(404);
    }

    private static void shot(ChromeDriver browser, String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        if (name.equals("feed")) {
            browser.executeScript(
                    "document.getElementById('feed').scrollIntoView({block: 'start', behavior: 'instant'});");
        }
        Files.write(
                Path.of("/tmp", "calendar-" + name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
