package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.Inspections;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ScoringSheetPage;

/** A unit officer scores its own unit in the browser; then the unit assigned to inspect it scores it. */
@IntegrationTest
class ScoringBrowserTest extends BrowserTestBase {

    ChromeDriver browser;
    WebDriverWait wait;

    @Test
    void anOfficerSelfScoresAndItsInspectorScoresIt() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Inspections.openInACircle(Api.as(port, bloc.officer(0)), bloc);

        browser = chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        String workspace = "http://localhost:" + port + "/bloc-years/" + bloc.yearId();

        signIn(bloc.officer(1), workspace);
        click(By.id("my-self-sheet"));
        sheet().fill("1.1", "8,5");
        sheet().fill("1.2", "25");
        sheet().fill("2.1", "9");
        click(By.id("save-draft"));
        assertThat(browser.findElement(By.cssSelector("tr[data-code='1.2']")).getText())
                .contains("Điểm 25 của tiêu chí 1.2 phải từ 0 đến 20.");
        assertThat(sheet().points("1.1")).as("what was typed stays").isEqualTo("8,5");
        sheet().fill("1.2", "18");
        click(By.id("save-draft"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Đã lưu nháp phiếu chấm.");
        confirmDialogsAnswerYes();
        click(By.id("submit-sheet"));
        assertThat(progressCell(bloc.unit(1), 3)).isEqualTo("Đã nộp");
        screenshot("tu-cham-diem.png");

        browser.manage().deleteAllCookies();
        signIn(bloc.officer(0), workspace);
        assertThat(browser.findElement(By.id("my-inspection")).getText()).endsWith("Sở số 2 " + tag(bloc));
        click(By.id("my-inspection"));
        assertThat(browser.getPageSource()).doesNotContain("8,5");
        sheet().fill("1.1", "8");
        sheet().fill("1.2", "17,5");
        sheet().fill("2.1", "9");
        confirmDialogsAnswerYes();
        click(By.id("submit-sheet"));
        assertThat(progressCell(bloc.unit(1), 5)).isEqualTo("Đã nộp");
        screenshot("kiem-tra-cheo.png");

        JsonNode inspection = Api.as(port, bloc.board())
                .get(bloc.path("/sheets/INSPECTION/" + bloc.unit(1)))
                .json();
        assertThat(inspection.get("submitted").asBoolean()).isTrue();
        assertThat(inspection.get("scorer").get("id").asLong()).isEqualTo(bloc.unit(0));
        assertThat(inspection.get("lines").get(1).get("points").decimalValue()).isEqualByComparingTo("17.5");
        JsonNode self = Api.as(port, bloc.board())
                .get(bloc.path("/sheets/SELF/" + bloc.unit(1)))
                .json();
        assertThat(self.get("lines").get(0).get("points").decimalValue()).isEqualByComparingTo("8.5");
    }

    private static String tag(BlocFixture.Bloc bloc) {
        return bloc.officer(1).substring("cb2-".length());
    }

    /** The officer answers "OK" to "Nộp phiếu? Sau khi nộp, phiếu không sửa được nữa." */
    private void confirmDialogsAnswerYes() {
        browser.executeScript("window.confirm = () => true;");
    }

    private void signIn(String username, String target) {
        new BrowserSteps(browser, wait).signIn(username, target, "/bloc-years/");
    }

    private void click(By by) {
        new BrowserSteps(browser, wait).click(by);
    }

    private String progressCell(long unit, int column) {
        return browser.findElement(
                        By.cssSelector("#progress tr[data-unit='" + unit + "'] td:nth-child(" + column + ")"))
                .getText()
                .trim();
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }

    private ScoringSheetPage sheet() {
        return new ScoringSheetPage(browser);
    }
}
