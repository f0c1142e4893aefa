package vn.thidua.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.documents.CertificateWorkbook;
import vn.thidua.support.BlocFixture;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestClock;
import vn.thidua.support.WebSession;

/**
 * The registry's search prints as certificates, and its Excel export carries the certificate list's
 * sheet, so a search downloaded goes into "In bằng khen" unchanged. (Here beside the proposals'
 * tests because an issued decision is what puts the awards into the registry.)
 */
@IntegrationTest
class RegistryCertificatesBrowserTest extends BrowserTestBase {

    @Autowired
    TestClock clock;

    @Test
    void aRegistrySearchPrintsAsCertificatesAndItsExcelIsACertificateList() throws Exception {
        BlocFixture.Bloc bloc = fixture.create(2, 2024);
        IssuedDecision.issue(port, fixture, clock, bloc, "Lý Văn Hùng");
        Path downloads = Files.createTempDirectory("retype-registry");
        ChromeDriver browser = chromium.start(downloads);
        BrowserSteps steps = new BrowserSteps(browser, new WebDriverWait(browser, Duration.ofSeconds(20)));
        String base = "http://localhost:" + port;
        steps.signIn(bloc.board(), base + "/awards?year=2024", "/awards");
        steps.click(By.id("print-results"));

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("In bằng từ kết quả tìm kiếm trong sổ khen thưởng");
        assertThat(browser.findElement(By.id("recipients-count")).getText()).isEqualTo("2 bằng sẽ được in");
        assertThat(browser.findElement(By.id("recipients")).getText())
                .contains("Lý Văn Hùng", "Quyết định số 21/QĐ-UBND ngày 10/02/2025");
        Files.write(Path.of("/tmp/retype-registry-certificates.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(390, 844));
        Files.write(Path.of("/tmp/retype-registry-certificates-390.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1366, 900));
        steps.click(By.id("print-plain"));
        assertThat(browser.findElement(By.id("certificate-form")).getText())
                .as("who signs is the board's to say; the search is kept")
                .contains("Hãy nhập họ tên người ký.");
        assertThat(browser.findElement(By.id("recipients-count")).getText()).isEqualTo("2 bằng sẽ được in");
        browser.findElement(By.id("signerName")).sendKeys("Hồ Tiến Thiệu");
        browser.findElement(By.id("print-plain")).click();
        Path pdf = Chromium.downloaded(new WebDriverWait(browser, Duration.ofSeconds(20)), downloads, ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Lý Văn Hùng", "Hồ Tiến Thiệu", "Quyết định số 21/QĐ-UBND ngày 10/02/2025");
        }

        WebSession board = WebSession.loggedIn(port, bloc.board());
        byte[] export = board.download("/awards.xlsx?year=2024");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            assertThat(workbook.getSheetAt(0).getSheetName())
                    .as("the registry's own columns first, to import back")
                    .isEqualTo("Khen thưởng");
            Sheet list = workbook.getSheet("Danh sách in bằng");
            assertThat(list).as("the certificate list's sheet beside them").isNotNull();
            List<String> headers = new ArrayList<>();
            for (Cell cell : list.getRow(0)) {
                headers.add(cell.getStringCellValue());
            }
            assertThat(headers).isEqualTo(CertificateWorkbook.COLUMNS);
            assertThat(list.getLastRowNum()).isEqualTo(2);
        }
        board.get("/documents/certificates");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "BANG_KHEN");
        form.put("conferredBy", "Chủ tịch Ủy ban nhân dân tỉnh kiểm thử");
        form.put("place", "Kiểm thử");
        form.put("date", "2025-02-12");
        form.put("signerTitle", "Phó Chủ tịch");
        form.put("signerName", "Nguyễn Văn B");
        byte[] printed = board.postFileBytes("/documents/certificates", form, "file", "so-khen-thuong.xlsx", export);
        try (PDDocument doc = Loader.loadPDF(printed)) {
            assertThat(doc.getNumberOfPages())
                    .as("the registry's export printed unchanged as a certificate list")
                    .isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Lý Văn Hùng", "Quyết định số 21/QĐ-UBND ngày 10/02/2025");
        }
    }
}
