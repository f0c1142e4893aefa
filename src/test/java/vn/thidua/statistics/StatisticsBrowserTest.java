package vn.thidua.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.awards.AwardRegistry;
import vn.thidua.awards.NewAward;
import vn.thidua.rules.domain.Award;
import vn.thidua.rules.domain.CommendationType;
import vn.thidua.rules.domain.SubjectKind;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.RegistryAwards;

/**
 * Issue 21 in Chromium: the board records a movement (a wrong period said beside the field, the form kept), launches
 * it after a question, then opens Thống kê, finds it counted in form 0601.N and the year's Bằng khen in 0603.N, and
 * follows a count to the people behind it; at 1366 and 390 px. It also keeps the workbooks of the demo's Quảng Nam and
 * of this province in /tmp, to be looked at in LibreOffice.
 */
@IntegrationTest
class StatisticsBrowserTest extends BrowserTestBase {

    @Autowired
    AwardRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theBoardLaunchesAMovementAndFollowsTheYearsCountsToTheirRecords() throws Exception {
        int year = LocalDate.now(clock).getYear();
        BlocFixture.Bloc bloc = fixture.create(2, year);
        registry.record(List.of(
                person("Nguyễn Thị Hoa", bloc.unit(0), Award.BK_TINH, year, "21"),
                person("Lê Minh Khang", bloc.unit(1), Award.BK_TINH, year, "21"),
                person("Trần Quốc Long", bloc.unit(1), Award.CSTD_TINH, year, "22")));

        ChromeDriver browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        steps.signIn(bloc.board(), "http://localhost:" + port + "/", "localhost");
        steps.click(By.id("nav-movements"));
        assertThat(browser.findElement(By.id("movements-empty")).getText()).contains("Chưa có phong trào");
        steps.click(By.id("movement-new"));
        type(browser, "name", "Thi đua cải cách hành chính năm " + year);
        browser.findElement(By.cssSelector("#kind option[value='CHUYEN_DE']")).click();
        date(browser, "periodFrom", year + "-04-01");
        date(browser, "periodTo", year + "-03-01");
        type(browser, "documentNumber", "35/KH-UBND");
        date(browser, "documentDate", year + "-03-25");
        type(browser, "signer", "Chủ tịch UBND tỉnh");
        date(browser, "launchedOn", year + "-04-01");
        steps.click(By.id("movement-submit"));
        assertThat(browser.findElement(By.cssSelector("#periodTo + .invalid-feedback"))
                        .getText())
                .isEqualTo("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.");
        assertThat(browser.findElement(By.id("name")).getAttribute("value"))
                .isEqualTo("Thi đua cải cách hành chính năm " + year);
        shot(browser, "movement-form", 1366);
        shot(browser, "movement-form", 390);
        browser.manage().window().setSize(new Dimension(1366, 900));
        date(browser, "periodTo", year + "-10-31");
        steps.click(By.id("movement-submit"));
        assertThat(browser.findElement(By.id("movement-status")).getText()).contains("Chưa phát động");
        steps.clickAndAccept(By.id("movement-launch"));
        assertThat(browser.findElement(By.id("movement-status")).getText()).contains("Đang diễn ra");

        steps.click(By.id("nav-statistics"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .contains("Thống kê thi đua, khen thưởng năm " + year);
        // 0601: one movement, launched by the province, themed; 0603: two Bằng khen to people
        assertThat(browser.findElement(By.id("cell-0-0-0")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("cell-0-0-2")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("cell-2-0-0")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("cell-2-5-1")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.id("cell-2-3-0")))
                .as("enterprises: not kept")
                .isEmpty();
        shot(browser, "page", 1366);
        shot(browser, "page", 390);
        browser.manage().window().setSize(new Dimension(1366, 900));

        steps.click(By.id("cell-2-5-1"));
        String drill = browser.findElement(By.id("cell-awards")).getText();
        assertThat(drill).contains("Nguyễn Thị Hoa").contains("Lê Minh Khang").doesNotContain("Trần Quốc Long");
        assertThat(browser.findElement(By.id("cell-column")).getText()).contains("Bằng khen");
        shot(browser, "cell", 390);
        browser.manage().window().setSize(new Dimension(1366, 900));
        steps.click(By.id("statistics-back"));
        steps.click(By.id("cell-0-13-0"));
        assertThat(browser.findElement(By.id("cell-movements")).getText())
                .contains("Thi đua cải cách hành chính năm " + year);

        // the workbooks to look at in LibreOffice (not part of what is asserted)
        Files.write(
                Path.of("/tmp/statistics-fixture.xlsx"),
                Api.as(port, bloc.board())
                        .bytes("/api/v1/statistics/" + year + ".xlsx?authority=" + bloc.authorityId()));
        long quangNam = jdbc.sql("SELECT id FROM authority WHERE name = 'Tỉnh Quảng Nam'")
                .query(Long.class)
                .single();
        Files.write(
                Path.of("/tmp/statistics-demo.xlsx"),
                Api.as(port, "ban.quangnam").bytes("/api/v1/statistics/2019.xlsx?authority=" + quangNam));
    }

    private static void type(ChromeDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date field takes its value as the page's script would set it: typing depends on the browser's locale. */
    private static void date(ChromeDriver browser, String id, String iso) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }

    private static NewAward person(String name, long unit, Award award, int year, String decision) {
        return RegistryAwards.of(
                SubjectKind.INDIVIDUAL,
                unit,
                name,
                award,
                CommendationType.THUONG_XUYEN,
                year,
                decision + "/QĐ-UBND",
                LocalDate.of(year, 11, 20));
    }

    private static void shot(ChromeDriver browser, String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        Files.write(
                Path.of("/tmp", "statistics-" + name + "-" + width + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
    }
}
