package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.support.BrowserSteps;
import vn.thidua.support.BrowserTestBase;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;

/** Lạng Sơn's board opens its dashboard, goes down to the 2022 cluster and downloads its summary report. */
@IntegrationTest
class DashboardBrowserTest extends BrowserTestBase {

    ChromeDriver browser;

    @Test
    void theBoardSeesItsBlocsAndDownloadsAReport() throws Exception {
        Path downloads = Files.createTempDirectory("thidua-downloads");
        browser = chromium.start(downloads);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        new BrowserSteps(browser, wait).signInWithTheButton("ban.langson", "http://localhost:" + port + "/");

        WebElement nav = wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-dashboard")));
        nav.click();
        wait.until(ExpectedConditions.stalenessOf(nav));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Tình hình thi đua năm 2022: Tỉnh Lạng Sơn");
        WebElement row = browser.findElement(
                By.xpath("//table[@id='dashboard']//tr[td/a[normalize-space()='Cụm các cơ quan Tham mưu tổng hợp']]"));
        assertThat(row.getText()).contains("Sở Kế hoạch và Đầu tư");
        shot("tong-quan.png");

        WebElement bloc = row.findElement(By.linkText("Cụm các cơ quan Tham mưu tổng hợp"));
        bloc.click();
        wait.until(ExpectedConditions.stalenessOf(bloc));
        WebElement documents = wait.until(ExpectedConditions.elementToBeClickable(By.id("documents-link")));
        documents.click();
        wait.until(ExpectedConditions.stalenessOf(documents));
        WebElement signer = browser.findElement(By.id("signerName"));
        signer.sendKeys("Nguyễn Văn Bình");
        browser.findElement(By.id("download-docx")).click();

        Path report = Chromium.downloaded(wait, downloads, ".docx");
        try (InputStream in = Files.newInputStream(report);
                XWPFDocument doc = new XWPFDocument(in)) {
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .contains("Tổng kết công tác thi đua, khen thưởng năm 2022")
                    .contains("Sở Kế hoạch và Đầu tư");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText())
                    .contains("Nguyễn Văn Bình")
                    .contains("CỤM TRƯỞNG");
        }
    }

    private void shot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
