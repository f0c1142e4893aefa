package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.thidua.support.Api;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * An issued decision prints its own certificates (nothing typed again into an Excel list), and a
 * Sở's achievement report carries its parent body above its name, as Decree 30/2020 lays it out.
 */
@IntegrationTest
class DecisionCertificatesBrowserTest extends BrowserTestBase {

    @Autowired
    TestClock clock;

    @Test
    void theBoardPrintsEveryCertificateOfAnIssuedDecisionFromItsPage() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        long id = IssuedDecision.issue(port, fixture, clock, bloc, "Hoàng Thị Lan");
        String unit = Api.as(port, "admin")
                .get("/api/v1/units/" + bloc.unit(1))
                .json()
                .get("name")
                .asString();
        Path downloads = Files.createTempDirectory("retype-certificates");
        ChromeDriver browser = chromium.start(downloads);
        BrowserSteps steps = new BrowserSteps(browser, new WebDriverWait(browser, Duration.ofSeconds(20)));
        String base = "http://localhost:" + port;
        steps.signIn(bloc.board(), base + "/proposals/" + id, "/proposals/" + id);
        steps.click(By.id("decision-certificates"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("In bằng theo quyết định");
        assertThat(browser.findElement(By.id("conferredBy")).getAttribute("value"))
                .startsWith("Chủ tịch Ủy ban nhân dân tỉnh kiểm thử");
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo("2025-02-10");
        assertThat(browser.findElement(By.id("signerTitle")).getAttribute("value"))
                .isEqualTo("Phó Chủ tịch");
        assertThat(browser.findElement(By.id("signerName")).getAttribute("value"))
                .isEqualTo("Nguyễn Văn B");
        assertThat(browser.findElement(By.id("recipients-count")).getText()).isEqualTo("2 bằng sẽ được in");
        String table = browser.findElement(By.id("recipients")).getText();
        assertThat(table)
                .contains(unit, "Hoàng Thị Lan", "Quyết định số 21/QĐ-UBND ngày 10/02/2025")
                .contains("Đã có thành tích xuất sắc trong phong trào thi đua năm 2024");
        shot(browser, "/tmp/retype-decision-certificates.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        shot(browser, "/tmp/retype-decision-certificates-390.png");
        browser.manage().window().setSize(new Dimension(1366, 900));

        // a slip is said beside its field, the rest kept
        WebElement signer = browser.findElement(By.id("signerName"));
        signer.clear();
        steps.click(By.id("print-plain"));
        assertThat(browser.findElement(By.id("signerName")).getAttribute("class"))
                .contains("is-invalid");
        assertThat(browser.findElement(By.cssSelector("#certificate-form")).getText())
                .contains("Hãy nhập họ tên người ký.");
        assertThat(browser.findElement(By.id("signerTitle")).getAttribute("value"))
                .isEqualTo("Phó Chủ tịch");
        browser.findElement(By.id("signerName")).sendKeys("Nguyễn Văn Bình");
        browser.findElement(By.id("print-plain")).click();

        Path pdf = Chromium.downloaded(new WebDriverWait(browser, Duration.ofSeconds(20)), downloads, ".pdf");
        Files.copy(pdf, Path.of("/tmp/retype-decision-certificates.pdf"), StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages())
                    .as("one page per recipient of the decision")
                    .isEqualTo(2);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("BẰNG KHEN", unit, "Hoàng Thị Lan", "Nguyễn Văn Bình")
                    .contains("Quyết định số 21/QĐ-UBND ngày 10/02/2025");
        }

        WebSession decider = WebSession.loggedIn(port, fixture.decider(bloc));
        assertThat(decider.get("/proposals/" + id).body()).doesNotContain("decision-certificates");
        assertThat(decider.get("/proposals/" + id + "/certificates").status())
                .as("certificates are the board's to print")
                .isEqualTo(403);
    }

    @Test
    void aSosAchievementReportCarriesItsProvinceAboveItsName() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        Api admin = Api.as(port, "admin");
        String province = admin.get("/api/v1/authorities/" + bloc.authorityId())
                .json()
                .get("name")
                .asString();
        String unit =
                admin.get("/api/v1/units/" + bloc.unit(1)).json().get("name").asString();
        ProposalClient proposer = ProposalClient.as(port, bloc.officer(1));
        long id = proposer.draft(bloc, bloc.unit(1));
        JsonNode p = proposer.post(
                        "/api/v1/proposals/" + id + "/candidates",
                        Api.json("kind", "COLLECTIVE", "unitId", bloc.unit(1), "award", "BK_TINH"))
                .expect(200, 201)
                .json();
        long candidate = p.get("candidates").get(0).get("id").asLong();
        String parent = "UBND " + province.replace("Tỉnh ", "TỈNH ").toUpperCase();

        ChromeDriver browser = chromium.start();
        BrowserSteps steps = new BrowserSteps(browser, new WebDriverWait(browser, Duration.ofSeconds(20)));
        steps.signIn(bloc.officer(1), "http://localhost:" + port + "/proposals/" + id, "/proposals/" + id);
        String docx = browser.findElement(
                        By.cssSelector("#candidate-" + candidate + " a[href*='bao-cao-thanh-tich.docx']"))
                .getAttribute("href");
        WebSession officer = WebSession.loggedIn(port, bloc.officer(1));
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(officer.download(docx.substring(docx.indexOf("/proposals/")))))) {
            String left = doc.getTables().get(0).getRow(0).getCell(0).getText();
            assertThat(left)
                    .as("the parent body line, then the unit's own name (Decree 30/2020)")
                    .containsSubsequence(parent, unit.toUpperCase());
        }
        byte[] pdf =
                officer.download("/proposals/" + id + "/documents/bao-cao-thanh-tich.pdf?candidateId=" + candidate);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a long test name wraps on the PDF's narrow column: compared without spaces and line breaks
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .containsSubsequence(
                            parent.replaceAll("\\s+", ""), unit.toUpperCase().replaceAll("\\s+", ""), "BÁOCÁO");
        }
    }

    private static void shot(ChromeDriver browser, String file) throws Exception {
        Files.write(Path.of(file), browser.getScreenshotAs(OutputType.BYTES));
    }
}
