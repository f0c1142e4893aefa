package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.org.domain.BlocKind;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebSession;

/**
 * Issue 19, point 5: a province's board reads its cụm's year in words, never in codes: the cụm is led by its
 * Cụm trưởng, a year whose table is chosen but not launched is "Chưa phát động", each table offered names its real
 * number of criteria and is no longer offered once a member has scored, the conference's log names the host unit and
 * the day, a parameter is typed back as a number, and the registry's sheet writes the type of commendation in words.
 */
@IntegrationTest
class PlainWordsBrowserTest extends BrowserTestBase {

    @Autowired
    Clock clock;

    ChromeDriver browser;

    @Test
    void aCumsYearReadsInWordsOnEveryPageTheBoardOpens() throws Exception {
        int year = LocalDate.now(clock).getYear();
        BlocFixture.Bloc cum = fixture.create(3, year, BlocKind.CUM);
        fixture.publishAnotherTable(cum);
        browser = chromium.start();
        BrowserSteps steps = BrowserSteps.in(browser);
        String base = "http://localhost:" + port;
        steps.signIn(cum.board(), base + "/bloc-years/" + cum.yearId(), "/bloc-years/");

        // the workspace: the cụm's words, the real stage, the real count of criteria
        assertThat(browser.findElement(By.cssSelector("h1 + .text-secondary")).getText())
                .startsWith("Cụm trưởng:")
                .contains("Cụm phó:")
                .doesNotContain("Khối");
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("Chưa phát động thi đua");
        assertThat(new Select(browser.findElement(By.id("templateId")))
                        .getOptions().stream().map(WebElement::getText).toList())
                .hasSize(2)
                .allSatisfy(option -> assertThat(option).endsWith("(5 tiêu chí)"));
        shot("workspace-before-launch", 1366);

        // the dashboard says the same stage
        browser.get(base + "/dashboard?year=" + year);
        assertThat(browser.findElement(By.id("dashboard")).getText())
                .contains("Chưa phát động thi đua")
                .doesNotContain("Đang chấm điểm");

        // a member waits for its Cụm trưởng, not for a "đơn vị trưởng"
        browser.manage().deleteAllCookies();
        steps.signIn(cum.officer(1), base + "/bloc-years/" + cum.yearId(), "/bloc-years/");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Chờ Cụm trưởng phát động thi đua để ký giao ước.")
                .doesNotContain("đơn vị trưởng");
        browser.manage().deleteAllCookies();
        steps.signIn(cum.board(), base + "/bloc-years/" + cum.yearId() + "/votes", "/votes");

        // the votes' page: next year's Cụm trưởng
        browser.get(base + "/bloc-years/" + cum.yearId() + "/votes");
        assertThat(browser.findElement(By.id("rotation-heading")).getText())
                .startsWith("Ứng viên Cụm trưởng năm " + (year + 1));
        assertThat(browser.findElement(By.id("rotation")).getText())
                .contains("Cụm phó năm nay làm Cụm trưởng")
                .doesNotContain("Khối");
        assertThat(browser.findElement(By.id("confirm-election")).getText()).contains("Cụm trưởng, Cụm phó");

        // a member scores: the table can no longer be changed, so it is no longer offered
        Api.as(port, cum.officer(1))
                .put(
                        cum.path("/sheets/SELF/" + cum.unit(1)),
                        Api.json("version", 0, "entries", List.of(Map.of("code", "1.1", "points", 8))))
                .expect(200, 201);
        browser.get(base + "/bloc-years/" + cum.yearId());
        assertThat(browser.findElements(By.id("templateId"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Đổi bảng tiêu chí");

        // the conference's log: the host by name, the day as dd/MM/yyyy, the signature in words
        browser.get(base + "/bloc-years/" + cum.yearId() + "/conference");
        browser.executeScript(
                "arguments[0].value = arguments[1];", browser.findElement(By.id("heldOn")), year + "-12-20");
        browser.findElement(By.id("place")).sendKeys("Hội trường tỉnh");
        browser.findElement(By.id("chair")).sendKeys("Nguyễn Văn A");
        new Select(browser.findElement(By.id("hostUnitId"))).selectByIndex(2);
        String host = new Select(browser.findElement(By.id("hostUnitId")))
                .getFirstSelectedOption()
                .getText();
        steps.click(By.cssSelector("#conference-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector(".is-invalid, #errors, .alert-danger")))
                .as(() -> browser.findElement(By.tagName("main")).getText())
                .isEmpty();
        steps.clickAndAccept(By.id("sign-conference"));
        String log = browser.findElement(By.cssSelector("main section table")).getText();
        assertThat(log)
                .contains("Đơn vị đăng cai " + host)
                .contains("Ngày họp 20/12/" + year)
                .contains("Ký biên bản Đã ký biên bản")
                .doesNotContain(year + "-12-20")
                .doesNotContain("signed");
        assertThat(log.lines().filter(l -> l.contains("Đơn vị đăng cai")))
                .allSatisfy(l -> assertThat(l).doesNotMatch(".*Đơn vị đăng cai \\d+$"));
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                    browser.findElement(By.cssSelector("main section table")));
            shot("conference-log", width);
        }
        browser.manage().window().setSize(new Dimension(1366, 900));

        // a parameter is typed back as the number it is, not as stored with four decimals
        browser.manage().deleteAllCookies();
        steps.signIn("admin", base + "/rules/parameters", "/rules/parameters");
        WebElement share = browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(1).getText().equals("0,15"))
                .findFirst()
                .orElseThrow();
        steps.click(By.linkText(share.findElement(By.tagName("a")).getText()));
        assertThat(browser.findElement(By.id("value")).getAttribute("value")).isEqualTo("0.15");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern("\\d\\.\\d{4}");

        // the registry's sheet to fill in: the type of commendation in words, as its export writes it
        byte[] template = WebSession.loggedIn(port, cum.board()).download("/awards/template.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Loại hình");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("thường xuyên");
        }
    }

    private void shot(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 900));
        Path file = Path.of("/tmp", "codes-" + name + "-" + width + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
