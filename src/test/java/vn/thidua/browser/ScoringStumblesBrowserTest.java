package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Inspections;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ScoringSheetPage;

/**
 * What an officer stumbled on while scoring (issue 19, points 1, 2 and 8): typed text lost on the way
 * to a file or an error, a cross-inspection done without the evidence, a file that could not be taken
 * back, "0 KB" for a small file and limits told only after typing. In the circle of {@link Inspections},
 * unit 0 (the leader) inspects unit 1, unit 1 inspects unit 2 and unit 2 inspects unit 0.
 */
@IntegrationTest
class ScoringStumblesBrowserTest extends BrowserTestBase {

    @Autowired
    Clock clock;

    ChromeDriver browser;
    WebDriverWait wait;

    /**
     * Point 1: the comment typed on the sheet, a settling's reason and consolidation dates outlive an upload or a
     * refusal.
     */
    @Test
    void whatIsTypedOutlivesAnUploadAndARefusal() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Inspections.openInACircle(Api.as(port, bloc.officer(0)), bloc);
        start();

        signIn(bloc.officer(1), bloc, "/sheets/SELF/" + bloc.unit(1));
        sheet().fill("1.1", "8");
        sheet().comment("1.1", "Hoàn thành 12/12 chỉ tiêu giao");
        browser.findElement(By.id("evidence-file")).sendKeys(png("bao-cao.png").toString());
        click(By.id("upload-evidence"));
        assertThat(status()).isEqualTo("Đã tải lên minh chứng bao-cao.png.");
        assertThat(sheet().commentOf("1.1"))
                .as("the comment typed before the upload")
                .isEqualTo("Hoàn thành 12/12 chỉ tiêu giao");
        assertThat(sheet().points("1.1")).isEqualTo("8");

        click(By.id("upload-evidence"));
        assertThat(errors()).contains("Chưa chọn tệp minh chứng để tải lên.");
        assertThat(sheet().commentOf("1.1"))
                .as("and after a refused upload")
                .isEqualTo("Hoàn thành 12/12 chỉ tiêu giao");
        screenshot("giu-nhan-xet");
        click(By.id("save-draft"));
        assertThat(status())
                .as("the kept lines save: their version is the sheet's")
                .isEqualTo("Đã lưu nháp phiếu chấm.");
        assertThat(sheet().commentOf("1.1")).isEqualTo("Hoàn thành 12/12 chỉ tiêu giao");

        // a discrepancy on unit 1's 1.2 (18 against 13), settled by the leader
        submitSelf(bloc, 0, 10, 20, 10);
        submitSelf(bloc, 1, 8, 18, 9);
        submitSelf(bloc, 2, 7, 15, 6);
        submitInspection(bloc, 2, 0, 10, 20, 10);
        submitInspection(bloc, 0, 1, 8, 13, 9);
        submitInspection(bloc, 1, 2, 7, 15, 6);
        browser.manage().deleteAllCookies();
        signIn(bloc.officer(0), bloc, "/results");
        browser.executeScript(
                "document.getElementById('objectionFrom').value = arguments[0];"
                        + "document.getElementById('objectionUntil').value = arguments[1];",
                LocalDate.now(clock).toString(),
                LocalDate.now(clock).plusDays(5).toString());
        click(By.cssSelector("#consolidate button[type=submit]"));
        assertThat(errors()).contains("Còn 1 chênh lệch chưa chốt điểm.");
        assertThat(browser.findElement(By.id("objectionFrom")).getAttribute("value"))
                .as("the dates typed before the refusal")
                .isEqualTo(LocalDate.now(clock).toString());
        assertThat(browser.findElement(By.id("objectionUntil")).getAttribute("value"))
                .isEqualTo(LocalDate.now(clock).plusDays(5).toString());

        browser.get(bloc.path("/discrepancies").replace("/api/v1", "http://localhost:" + port));
        WebElement row = browser.findElement(By.cssSelector("#flags tbody tr"));
        row.findElement(By.name("points")).sendKeys("25");
        row.findElement(By.name("reason")).sendKeys("Đối chiếu minh chứng: thiếu 1 đề án");
        click(By.cssSelector("#flags tbody tr button[type=submit]"));
        assertThat(errors()).contains("Điểm 25 của tiêu chí 1.2 phải từ 0 đến 20.");
        row = browser.findElement(By.cssSelector("#flags tbody tr"));
        assertThat(row.findElement(By.name("points")).getAttribute("value"))
                .as("the points typed before the refusal")
                .isEqualTo("25");
        assertThat(row.findElement(By.name("reason")).getAttribute("value"))
                .isEqualTo("Đối chiếu minh chứng: thiếu 1 đề án");
        screenshot("chot-diem-loi");
    }

    /**
     * The leader rewrites assignments until cross-inspection opens: an assignment alone must not let it (or anyone)
     * read a competitor's draft evidence, or it could name itself inspector of each unit in turn.
     */
    @Test
    void anAssignmentOpensTheEvidenceOnlyOnceCrossInspectionIsOpen() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Api leader = Api.as(port, bloc.officer(0));
        Inspections.assignInACircle(leader, bloc);
        long file = Api.as(port, bloc.officer(1))
                .postFile(
                        bloc.path("/sheets/SELF/" + bloc.unit(1) + "/evidence"),
                        Map.of("criterionCode", "1.2"),
                        "ban-nhap.png",
                        pngBytes())
                .expect(200)
                .id();
        String evidence = bloc.path("/evidence/" + file);
        assertThat(leader.get(evidence).status())
                .as("assigned to inspect unit 1, before cross-inspection opens")
                .isEqualTo(403);
        Inspections.open(leader, bloc);
        assertThat(leader.get(evidence).status()).as("once open").isEqualTo(200);
    }

    /**
     * Point 2: the inspector opens the inspected unit's evidence from the start, and its self-score only after
     * submitting.
     */
    @Test
    void theInspectorWorksFromTheEvidenceAndThenSeesTheSelfScoreBeside() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Inspections.openInACircle(Api.as(port, bloc.officer(0)), bloc);
        Api inspected = Api.as(port, bloc.officer(2));
        long file = inspected
                .postFile(
                        bloc.path("/sheets/SELF/" + bloc.unit(2) + "/evidence"),
                        Map.of("criterionCode", "1.2"),
                        "de-an-tham-muu.png",
                        pngBytes())
                .expect(200)
                .id();

        start();
        signIn(bloc.officer(1), bloc, "/sheets/INSPECTION/" + bloc.unit(2));
        WebElement link = browser.findElement(By.cssSelector("tr[data-code='1.2'] a"));
        assertThat(link.getText()).isEqualTo("de-an-tham-muu.png");
        String evidence = bloc.path("/evidence/" + file);
        assertThat(Api.as(port, bloc.officer(1)).get(evidence).status())
                .as("the inspector opens the file before anything is submitted")
                .isEqualTo(200);
        assertThat(Api.as(port, bloc.officer(0)).get(evidence).status())
                .as("a unit that does not inspect unit 2 still does not")
                .isEqualTo(403);
        assertThat(Api.as(port, bloc.officer(1))
                        .get(bloc.path("/sheets/SELF/" + bloc.unit(2)))
                        .status())
                .as("nor does the inspector see the self-score's points yet")
                .isEqualTo(403);

        submitSelf(bloc, 2, 7, 16, 6);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("table.sheet-table")).getText())
                .doesNotContain("16");
        sheet().fill("1.1", "7");
        sheet().fill("1.2", "14,5");
        sheet().fill("2.1", "6");
        browser.executeScript("window.confirm = () => true;");
        click(By.id("submit-sheet"));
        browser.get(bloc.path("/sheets/INSPECTION/" + bloc.unit(2)).replace("/api/v1", "http://localhost:" + port));
        assertThat(browser.findElement(By.cssSelector("table.sheet-table thead"))
                        .getText())
                .contains("Tự chấm");
        assertThat(browser.findElement(By.cssSelector("tr[data-code='1.2'] td.self-points"))
                        .getText())
                .isEqualTo("16");
        assertThat(sheet().points("1.2")).isEqualTo("14,5");
        screenshot("kiem-tra-cheo-ben-tu-cham");
    }

    /**
     * Point 8: a file taken back before submitting (audited, never after), its size right, the limit told beforehand.
     */
    @Test
    void anOfficerRemovesAFileBeforeSubmittingAndIsToldSizesAndLimits() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(3, 2024);
        Inspections.openInACircle(Api.as(port, bloc.officer(0)), bloc);
        Api officer = Api.as(port, bloc.officer(1));
        byte[] small = pngBytes();
        assertThat(small.length).isLessThan(1024);
        officer.postFile(
                        bloc.path("/sheets/SELF/" + bloc.unit(1) + "/evidence"),
                        Map.of("criterionCode", "1.1"),
                        "nham-tep.png",
                        small)
                .expect(200);

        start();
        signIn(bloc.officer(1), bloc, "/sheets/SELF/" + bloc.unit(1));
        assertThat(browser.findElement(By.cssSelector("tr[data-code='1.1']")).getText())
                .contains("nham-tep.png (" + small.length + " B)")
                .doesNotContain("0 KB");
        WebElement comment = browser.findElement(By.cssSelector("textarea[aria-label='Nhận xét tiêu chí 1.1']"));
        assertThat(comment.getAttribute("maxlength")).isEqualTo("2000");
        assertThat(browser.findElement(By.id("comment-limit")).getText())
                .isEqualTo("Nhận xét mỗi tiêu chí tối đa 2.000 ký tự.");
        comment.sendKeys("x".repeat(2100));
        assertThat(sheet().commentOf("1.1"))
                .as("the page takes no more than the check allows")
                .hasSize(2000);
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
                browser.findElement(By.id("evidence-list")));
        screenshot("xoa-minh-chung");

        browser.executeScript("window.confirm = () => true;");
        click(By.cssSelector("#evidence-list li[data-file='nham-tep.png'] button"));
        assertThat(status()).isEqualTo("Đã xóa minh chứng.");
        assertThat(browser.findElements(By.cssSelector("#evidence-list li"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("tr[data-code='1.1']")).getText())
                .doesNotContain("nham-tep.png");
        assertThat(sheet().commentOf("1.1"))
                .as("what was typed stays after the removal")
                .hasSize(2000);
        assertThat(Api.as(port, "admin")
                        .get("/api/v1/audit?action=EVIDENCE_REMOVED")
                        .expect(200)
                        .body())
                .contains("nham-tep.png")
                .contains(bloc.officer(1));

        long kept = officer.postFile(
                        bloc.path("/sheets/SELF/" + bloc.unit(1) + "/evidence"),
                        Map.of("criterionCode", "1.1"),
                        "giu-lai.png",
                        small)
                .expect(200)
                .id();
        submitSelf(bloc, 1, 8, 18, 9);
        long version = officer.get(bloc.path("/sheets/SELF/" + bloc.unit(1)))
                .json()
                .get("version")
                .asLong();
        Api.Response late =
                officer.delete(bloc.path("/sheets/SELF/" + bloc.unit(1) + "/evidence/" + kept + "?version=" + version));
        assertThat(late.status()).as("not after submission").isEqualTo(409);
        assertThat(late.json().get("code").asString()).isEqualTo("sheet.submitted");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("evidence-list"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("tr[data-code='1.1']")).getText())
                .contains("giu-lai.png");
    }

    // ---- steps ----

    private void start() throws Exception {
        browser = chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void signIn(String username, BlocFixture.Bloc bloc, String page) {
        new BrowserSteps(browser, wait)
                .signIn(username, "http://localhost:" + port + "/bloc-years/" + bloc.yearId() + page, "/bloc-years/");
    }

    private void click(By by) {
        new BrowserSteps(browser, wait).click(by);
    }

    private String status() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")))
                .getText();
    }

    private String errors() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")))
                .getText();
    }

    private void submitSelf(BlocFixture.Bloc bloc, int unit, double... points) {
        submit(Api.as(port, bloc.officer(unit)), bloc.path("/sheets/SELF/" + bloc.unit(unit)), points);
    }

    private void submitInspection(BlocFixture.Bloc bloc, int inspector, int inspected, double... points) {
        submit(Api.as(port, bloc.officer(inspector)), bloc.path("/sheets/INSPECTION/" + bloc.unit(inspected)), points);
    }

    /** Saves 1.1, 1.2 and 2.1 over whatever the sheet had, at its current version, and submits it. */
    private static void submit(Api as, String sheet, double... points) {
        long read = as.get(sheet).expect(200).json().get("version").asLong();
        List<Map<String, Object>> entries = new ArrayList<>();
        String[] codes = {"1.1", "1.2", "2.1"};
        for (int i = 0; i < codes.length; i++) {
            entries.add(Map.of("code", codes[i], "points", points[i]));
        }
        long saved = as.put(sheet, Api.json("version", read, "entries", entries))
                .expect(200)
                .json()
                .get("version")
                .asLong();
        as.post(sheet + "/submit", Api.json("version", saved)).expect(200);
    }

    /** A real image of a few dozen bytes: the kind of small scan that used to show as "0 KB". */
    private static byte[] pngBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static Path png(String name) throws Exception {
        Path file = Files.createTempDirectory("minh-chung").resolve(name);
        Files.write(file, pngBytes());
        return file;
    }

    /** The page as a Vietnamese officer sees it on a desk (1366 px) and on a phone (390 px). */
    private void screenshot(String name) throws Exception {
        for (int width : new int[] {1366, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Files.write(
                    Path.of("/tmp", "scoring-" + name + "-" + width + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private ScoringSheetPage sheet() {
        return new ScoringSheetPage(browser);
    }
}
